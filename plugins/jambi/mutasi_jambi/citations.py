"""Sentences of Jambi's policy document that the plugin's rules rest on."""

DOC = "Dokumen Penyusunan Rencana Mutasi ASN di Jambi"


def seed(section: str, sentence: str) -> str:
    """A citation: the document, its section, and the exact sentence."""
    return f'{DOC}, bagian "{section}": "{sentence}"'


PLACEMENT_FIT = seed(
    "Pendahuluan",
    "Proses mutasi yang tepat dapat membantu pemerintah daerah dalam penempatan pegawai yang "
    "sesuai dengan kompetensi dan kebutuhan organisasi, sehingga pelayanan publik dapat "
    "ditingkatkan.",
)
IT_EXPERTISE = seed(
    "Pentingnya Mutasi ASN",
    "Misalnya, seorang ASN yang memiliki keahlian dalam bidang teknologi informasi dapat "
    "ditempatkan di dinas yang membutuhkan pengembangan sistem informasi.",
)
NEEDS_ANALYSIS = seed(
    "Strategi Penyusunan Rencana Mutasi",
    "Dalam penyusunan rencana mutasi, penting untuk melakukan analisis kebutuhan sumber daya "
    "manusia di setiap instansi.",
)
DATA_COLLECTION = seed(
    "Strategi Penyusunan Rencana Mutasi",
    "Hal ini dapat dilakukan melalui pengumpulan data mengenai kinerja pegawai, kompetensi yang "
    "dimiliki, serta kebutuhan masing-masing dinas.",
)
SERVICE_LOAD = seed(
    "Strategi Penyusunan Rencana Mutasi",
    "Sebagai contoh, jika ada dinas yang mengalami peningkatan jumlah layanan publik, penambahan "
    "ASN yang memiliki keterampilan komunikasi dan pelayanan yang baik menjadi krusial.",
)
PARTICIPATION = seed(
    "Partisipasi ASN dalam Proses Mutasi",
    "Partisipasi ASN dalam proses mutasi sangat penting agar mereka merasa dilibatkan dan "
    "memiliki suara dalam penempatan tugas.",
)
OPEN_DISCUSSION = seed(
    "Partisipasi ASN dalam Proses Mutasi",
    "Diskusi terbuka dan transparan mengenai rencana mutasi dapat meningkatkan rasa kepemilikan "
    "ASN terhadap tugas yang akan diemban.",
)
FORUM = seed(
    "Partisipasi ASN dalam Proses Mutasi",
    "Misalnya, forum komunikasi yang diadakan secara berkala untuk mendengarkan aspirasi ASN "
    "dapat menjadi wadah yang efektif untuk memperkuat hubungan antara pimpinan dan pegawai.",
)
IMPLEMENTATION = seed(
    "Dampak Positif dari Rencana Mutasi",
    "Implementasi rencana mutasi yang baik akan berdampak positif bagi kinerja pemerintah daerah.",
)
ABILITY_AND_INTEREST = seed(
    "Dampak Positif dari Rencana Mutasi",
    "Ketika ASN merasa bahwa mereka ditempatkan sesuai dengan kemampuan dan minatnya, mereka "
    "akan lebih bersemangat dalam menjalankan tugas.",
)
CROSS_SECTOR = seed(
    "Dampak Positif dari Rencana Mutasi",
    "Contohnya, seorang ASN yang sebelumnya bekerja di bidang keuangan dan kemudian dipindahkan "
    "ke bidang pengembangan masyarakat, dapat memberikan inovasi baru berkat pengalaman dan "
    "pengetahuannya.",
)
RESISTANCE = seed(
    "Tantangan dalam Penyusunan Rencana Mutasi",
    "Beberapa pegawai mungkin merasa nyaman dengan posisi mereka saat ini dan enggan untuk "
    "berpindah, meskipun mutasi tersebut bertujuan untuk kepentingan organisasi.",
)
EXPLAIN_BENEFITS = seed(
    "Tantangan dalam Penyusunan Rencana Mutasi",
    "Oleh karena itu, penting untuk memberikan penjelasan yang jelas mengenai manfaat mutasi "
    "bagi karir dan pengembangan kompetensi ASN.",
)
OPTIMAL_SPREAD = seed(
    "Kesimpulan",
    "Penyusunan rencana mutasi ASN di Jambi untuk penyebaran sumber daya yang optimal merupakan "
    "langkah penting dalam meningkatkan kinerja pemerintahan.",
)
SKILLED_STAFF = seed(
    "Kesimpulan",
    "Masyarakat Jambi berhak mendapatkan layanan yang terbaik, dan ASN yang terampil serta "
    "termotivasi adalah kunci untuk mencapainya.",
)
TEAM_ASSESSMENT = (
    "PP 11/2017 Pasal 191 (PPK menetapkan mutasi setelah pertimbangan tim penilai kinerja)"
)
DEVELOPMENT_DUTY = "PP 11/2017 Pasal 203 ayat (4) (paling sedikit 20 JP per tahun)"
