"""Sentences of Sawahlunto's policy document that the plugin's rules rest on."""

DOC = "Dokumen Pengelolaan Mutasi ASN Sawahlunto"


def seed(section: str, sentence: str) -> str:
    """A citation: the document, its section, and the exact sentence."""
    return f'{DOC}, bagian "{section}": "{sentence}"'


EDUCATION_FIT = seed(
    "Pentingnya Pengelolaan Mutasi yang Efektif",
    "Misalnya, seorang ASN yang memiliki latar belakang pendidikan di bidang kesehatan sebaiknya "
    "ditempatkan di dinas kesehatan.",
)
PERIODIC_EVALUATION = seed(
    "Proses Mutasi ASN di Sawahlunto",
    "Pertama, perlu adanya evaluasi kinerja ASN secara berkala.",
)
OBJECTIVE_INDICATORS = seed(
    "Proses Mutasi ASN di Sawahlunto",
    "Hal ini dapat dilakukan melalui penilaian yang objektif berdasarkan indikator-indikator "
    "kinerja yang telah ditetapkan.",
)
SELECTION = seed(
    "Proses Mutasi ASN di Sawahlunto",
    "Setelah itu, hasil evaluasi ini dapat digunakan untuk menentukan ASN mana yang perlu "
    "dimutasi.",
)
STRATEGIC = seed(
    "Proses Mutasi ASN di Sawahlunto",
    "Misalnya, ASN yang menunjukkan kinerja baik dan memiliki potensi untuk berkembang dapat "
    "dipindahkan ke posisi yang lebih strategis.",
)
TRAINING_PROGRAMME = seed(
    "Peran Pelatihan dan Pengembangan",
    "Di Sawahlunto, pemerintah daerah telah melaksanakan berbagai program pelatihan untuk ASN "
    "yang akan dimutasi.",
)
TRAINING_CONTENT = seed(
    "Peran Pelatihan dan Pengembangan",
    "Program ini tidak hanya berfokus pada keterampilan teknis, tetapi juga pada pengembangan "
    "soft skills, seperti kepemimpinan dan komunikasi.",
)
TEAM_BUILDING = seed(
    "Membangun Budaya Kerja yang Positif",
    "Di Sawahlunto, beberapa unit kerja telah menerapkan program-team building untuk "
    "meningkatkan hubungan antar pegawai.",
)
POST_EVALUATION = seed(
    "Evaluasi dan Tindak Lanjut",
    "Evaluasi ini bisa dilakukan dalam bentuk survei atau wawancara untuk mendapatkan masukan "
    "dari ASN itu sendiri serta rekan kerja mereka.",
)
FOLLOW_UP = seed(
    "Evaluasi dan Tindak Lanjut",
    "Tindak lanjut dari evaluasi ini juga penting untuk melakukan perbaikan berkelanjutan dalam "
    "proses mutasi di masa depan.",
)
TEAM_ASSESSMENT = (
    "PP 11/2017 Pasal 191 (PPK menetapkan mutasi setelah pertimbangan tim penilai kinerja)"
)
