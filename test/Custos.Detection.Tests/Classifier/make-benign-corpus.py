# Writes benign-corpus.txt: ordinary code, documentation and JSON of this repository (at the commit named in its first
# line), cut into pieces of about 400 characters at line ends, every third piece kept. The classifier learns from it
# that ordinary technical text is benign; the projects and documents it draws on are never the ones the
# benign-code measurement reads (ClassifierEvaluationTests.Benign_code_and_documents_are_reported).
# Run from the repository root: python3 test/Custos.Detection.Tests/Classifier/make-benign-corpus.py
import glob, subprocess

SOURCES = sorted(glob.glob("src/Custos.Cedar/**/*.cs", recursive=True) + glob.glob("src/Custos.Ledger/**/*.cs", recursive=True)
                 + glob.glob("src/Custos.Storage.Sqlite/**/*.cs", recursive=True) + glob.glob("src/Custos.Core/Metering/**/*.cs", recursive=True)
                 + ["docs/ledger.md", "docs/policies.md"] + sorted(glob.glob("test/Custos.Cedar.Tests/Serialization/golden/*.json")))
SOURCES = [s for s in SOURCES if "/obj/" not in s and "/bin/" not in s]
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
pieces = []
for path in SOURCES:
    text = open(path, encoding="utf-8").read()
    piece = ""
    for line in text.splitlines(keepends=True):
        piece += line
        if len(piece) >= 400:
            pieces.append(piece)
            piece = ""
    if piece.strip():
        pieces.append(piece)
kept = [p.rstrip("\n") for i, p in enumerate(pieces) if i % 3 == 0 and p.strip()]
with open("test/Custos.Detection.Tests/Classifier/benign-corpus.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(f"benign corpus from commit {commit}: {len(SOURCES)} files, {len(kept)} pieces\n")
    for p in kept:
        f.write("\x1e\n" + p + "\n")
print(len(SOURCES), len(kept), sum(map(len, kept)))
