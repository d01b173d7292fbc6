"""Sentences of Rangkui's policy document that the plugin's rules rest on."""

DOC = "Dokumen Pengelolaan Mutasi ASN Di Provinsi Rangkui"


def seed(section: str, sentence: str) -> str:
    """A citation: the document, its section, and the exact sentence."""
    return f'{DOC}, bagian "{section}": "{sentence}"'


QUALIFICATION_FIT = seed(
    "Pengenalan Pengelolaan Mutasi ASN",
    "Proses ini berfungsi untuk memastikan bahwa ASN ditempatkan pada posisi yang sesuai dengan "
    "kualifikasi dan kompetensi mereka.",
)
EDUCATION_EXAMPLE = seed(
    "Tujuan Mutasi ASN",
    "Misalnya, seorang ASN yang memiliki latar belakang pendidikan di bidang kesehatan mungkin "
    "akan lebih efektif jika ditempatkan di dinas kesehatan.",
)
NEEDS_ANALYSIS = seed(
    "Proses Pengelolaan Mutasi",
    "Proses pengelolaan mutasi ASN di Provinsi Rangkui biasanya dimulai dengan analisis "
    "kebutuhan organisasi.",
)
EVALUATION = seed(
    "Proses Pengelolaan Mutasi",
    "Pihak yang berwenang akan melakukan evaluasi terhadap kinerja ASN dan mempertimbangkan "
    "berbagai faktor, seperti pengalaman, pendidikan, dan keahlian.",
)
SOCIALISATION = seed(
    "Proses Pengelolaan Mutasi",
    "Setelah analisis selesai, langkah selanjutnya adalah sosialisasi kepada ASN yang akan "
    "dimutasi, sehingga mereka dapat memahami alasan dan tujuan dari mutasi tersebut.",
)
TEACHER_SHORTAGE = seed(
    "Contoh Kasus",
    "Ketika terjadi kekurangan tenaga pengajar di sekolah-sekolah tertentu, pemerintah daerah "
    "dapat melakukan mutasi ASN dengan latar belakang pendidikan untuk memenuhi kebutuhan "
    "tersebut.",
)
TRANSPARENCY = seed(
    "Tantangan dalam Pengelolaan Mutasi ASN",
    "Untuk mengatasi hal ini, penting bagi pemerintah daerah untuk melakukan pendekatan yang "
    "transparan dan komunikatif, sehingga ASN merasa dihargai dan memahami pentingnya mutasi "
    "bagi kemajuan bersama.",
)
AFTER_MOVE = seed(
    "Pentingnya Monitoring dan Evaluasi",
    "Setelah mutasi dilakukan, monitoring dan evaluasi menjadi bagian yang tak terpisahkan dari "
    "pengelolaan ASN.",
)
MONITORING = seed(
    "Pentingnya Monitoring dan Evaluasi",
    "Pemerintah Provinsi Rangkui perlu melakukan pemantauan terhadap kinerja ASN yang telah "
    "dimutasi untuk memastikan bahwa mereka dapat beradaptasi dengan baik di lingkungan kerja "
    "baru.",
)
GOAL_EVALUATION = seed(
    "Pentingnya Monitoring dan Evaluasi",
    "Evaluasi ini juga berguna untuk menilai apakah tujuan dari mutasi telah tercapai.",
)
MORE_COMPETENT = seed(
    "Kesimpulan",
    "Melalui pengelolaan mutasi yang baik, Provinsi Rangkui dapat menciptakan ASN yang lebih "
    "kompeten dan siap menghadapi tantangan di masa depan.",
)
TEAM_ASSESSMENT = (
    "PP 11/2017 Pasal 191 (PPK menetapkan mutasi setelah pertimbangan tim penilai kinerja)"
)
TOUR_OF_DUTY = "PP 11/2017 Pasal 190 ayat (3) (paling lama 5 tahun pada satu jabatan)"
ANNUAL_TRAINING = "PP 11/2017 Pasal 203 ayat (4) (paling sedikit 20 JP per tahun)"
