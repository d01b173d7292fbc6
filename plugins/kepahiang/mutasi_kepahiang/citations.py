"""Sentences of Kepahiang's policy document that the plugin's rules rest on."""

DOC = "Dokumen Evaluasi Program Mutasi ASN di Kepahiang"


def seed(section: str, sentence: str) -> str:
    """A citation: the document, its section, and the exact sentence."""
    return f'{DOC}, bagian "{section}": "{sentence}"'


PURPOSE = seed(
    "Pendahuluan",
    "Program ini bertujuan untuk merotasi pegawai untuk mendapatkan posisi yang lebih sesuai "
    "dengan kompetensi dan kemampuan mereka.",
)
EVALUATE_IMPACT = seed(
    "Pendahuluan",
    "Dengan memahami bagaimana program ini berjalan, kita dapat mengevaluasi dampaknya terhadap "
    "kinerja ASN dan masyarakat.",
)
SKILL_FIT = seed(
    "Tujuan Program Mutasi ASN",
    "Salah satunya adalah untuk meningkatkan kinerja pegawai dengan menempatkan mereka di posisi "
    "yang lebih sesuai dengan keahlian.",
)
EDUCATION_FIT = seed(
    "Tujuan Program Mutasi ASN",
    "Misalnya, seorang ASN yang memiliki latar belakang pendidikan di bidang keuangan seharusnya "
    "ditempatkan di posisi yang berkaitan dengan pengelolaan anggaran.",
)
FEWER_ERRORS = seed(
    "Tujuan Program Mutasi ASN",
    "Hal ini diharapkan dapat meningkatkan produktivitas dan meminimalisir kesalahan dalam "
    "pelaksanaan tugas.",
)
PERFORMANCE_MAIN_FACTOR = seed(
    "Proses Pelaksanaan Mutasi",
    "Pertama, penilaian kinerja individu menjadi salah satu faktor utama yang dipertimbangkan.",
)
STRATEGIC = seed(
    "Proses Pelaksanaan Mutasi",
    "ASN yang menunjukkan kinerja baik berpotensi untuk mendapatkan kesempatan mutasi ke posisi "
    "yang lebih strategis.",
)
SUPERIOR_AND_PEER_INPUT = seed(
    "Proses Pelaksanaan Mutasi",
    "Selain itu, proses ini juga melibatkan masukan dari atasan dan rekan sejawat untuk "
    "memastikan keputusan yang diambil adalah yang terbaik untuk semua pihak.",
)
MOVED = seed(
    "Dampak Terhadap Kinerja ASN",
    "Dampak dari program mutasi ini dapat dilihat dari peningkatan kinerja ASN setelah mereka "
    "dipindahkan ke posisi baru.",
)
RESISTANCE = seed(
    "Tantangan dalam Implementasi",
    "Tidak jarang, pegawai merasa nyaman dengan posisi mereka saat ini dan enggan untuk berpindah.",
)
SOCIALISATION_AND_SUPPORT = seed(
    "Tantangan dalam Implementasi",
    "Untuk mengatasi hal ini, penting bagi pemerintah untuk melakukan sosialisasi yang baik "
    "mengenai manfaat mutasi serta memberikan dukungan kepada ASN dalam proses penyesuaian "
    "dengan posisi baru mereka.",
)
TEAM_ASSESSMENT = (
    "PP 11/2017 Pasal 191 (PPK menetapkan mutasi setelah pertimbangan tim penilai kinerja)"
)
