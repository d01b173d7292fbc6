"""Sentences of Medan's policy document that the plugin's rules rest on."""

DOC = "Dokumen Pengelolaan Mutasi ASN Di Medan Untuk Meningkatkan Kinerja"


def seed(section: str, sentence: str) -> str:
    """A citation: the document, its section, and the exact sentence."""
    return f'{DOC}, bagian "{section}": "{sentence}"'


REFRESH = seed(
    "Pentingnya Mutasi ASN dalam Meningkatkan Kinerja",
    "Mutasi ASN dapat berfungsi sebagai alat untuk menyegarkan organisasi, mendorong inovasi, "
    "dan meningkatkan motivasi pegawai.",
)
BURNOUT = seed(
    "Pentingnya Mutasi ASN dalam Meningkatkan Kinerja",
    "Hal ini juga dapat meminimalisir kejenuhan dalam pekerjaan, yang sering kali menghambat "
    "produktivitas.",
)
PERIODIC_APPRAISAL = seed(
    "Strategi Pengelolaan Mutasi ASN di Medan",
    "Salah satu pendekatan yang dapat diterapkan adalah penilaian kinerja secara berkala.",
)
POTENTIAL_STRATEGIC = seed(
    "Strategi Pengelolaan Mutasi ASN di Medan",
    "Melalui penilaian ini, pegawai yang memiliki potensi bisa diidentifikasi dan dipindahkan "
    "ke posisi yang lebih strategis.",
)
COMMUNICATION_PUBLIC = seed(
    "Strategi Pengelolaan Mutasi ASN di Medan",
    "Misalnya, seorang ASN yang memiliki kemampuan komunikasi yang baik dapat dipromosikan ke "
    "posisi yang berhubungan langsung dengan masyarakat.",
)
CROSS_SECTOR_CASE = seed(
    "Contoh Kasus Sukses",
    "Sebuah contoh sukses pengelolaan mutasi ASN di Medan dapat terlihat dari pengalihan "
    "seorang kepala dinas yang sebelumnya menjabat di bidang pendidikan ke bidang kesehatan.",
)
MANAGERIAL_EXPERIENCE = seed(
    "Contoh Kasus Sukses",
    "Dengan pengalaman manajerial yang kuat, kepala dinas tersebut mampu menerapkan metode yang "
    "sudah terbukti efektif dalam meningkatkan sistem pelayanan kesehatan.",
)
PUBLIC_SATISFACTION = seed(
    "Contoh Kasus Sukses",
    "Hasilnya, terjadi peningkatan signifikan dalam kepuasan masyarakat terhadap layanan "
    "kesehatan, yang sebelumnya mengalami banyak keluhan.",
)
SOCIALISATION = seed(
    "Tantangan dalam Pengelolaan Mutasi ASN",
    "Untuk mengatasi hal ini, penting bagi pemerintah kota Medan untuk melakukan sosialisasi dan "
    "memberikan pemahaman mengenai tujuan dan manfaat dari mutasi tersebut.",
)
CAREER_ACCEPTANCE = seed(
    "Tantangan dalam Pengelolaan Mutasi ASN",
    "Dengan pendekatan yang tepat, pegawai akan lebih menerima perubahan ini sebagai bagian dari "
    "pengembangan karier mereka.",
)
COMPETENCE_SERVICE = seed(
    "Pengenalan Pengelolaan Mutasi ASN",
    "Dalam konteks ini, mutasi ASN tidak hanya sekadar perpindahan pegawai dari satu tempat ke "
    "tempat lain, tetapi juga merupakan strategi untuk meningkatkan kompetensi dan efisiensi "
    "dalam pelayanan publik.",
)
RIGHT_PLACEMENT = seed(
    "Kesimpulan",
    "Melalui penempatan yang tepat dan pemanfaatan potensi pegawai, diharapkan pelayanan publik "
    "dapat ditingkatkan.",
)
EFFECTIVE_COMMUNICATION = seed(
    "Kesimpulan",
    "Meskipun terdapat tantangan yang harus dihadapi, dengan strategi yang baik dan komunikasi "
    "yang efektif, pengelolaan mutasi ASN dapat membawa dampak positif bagi masyarakat.",
)
TEAM_ASSESSMENT = (
    "PP 11/2017 Pasal 191 (PPK menetapkan mutasi setelah pertimbangan tim penilai kinerja, "
    "di daerah disebut Baperjakat)"
)
ANNUAL_TRAINING = "PP 11/2017 Pasal 203 ayat (4) (paling sedikit 20 JP per tahun)"
