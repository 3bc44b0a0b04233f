from pathlib import Path

import pytest

from tochka.seeds import BadSeed, Seed, SeedsFileError, normalize_url, read_seeds

HEADER = "id,name,region,url,center_type,municipality,section_url\n"


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "s.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("raw, expected", [
    ("school5.ru", "http://school5.ru/"),
    ("https://sosh1-r61.gosweb.gosuslugi.ru", "https://sosh1-r61.gosweb.gosuslugi.ru/"),
    ("http://школа-пример.рф/", "http://xn----7sbqlhgklmkd9f.xn--p1ai/"),
    ("//sosh2.narod.ru/index.html", "http://sosh2.narod.ru/index.html"),
    ("", None), ("htp:/school..", None), ("школа 5", None), ("http://localhost", None),
    ("ftp://school.ru/", None), ("http://-bad-.ru/", None),
])
def test_normalize_url(raw, expected):
    assert normalize_url(raw) == expected


def test_good_and_bad_rows_in_one_file(tmp_path):
    path = write(tmp_path, HEADER +
                 "1,Школа 1,Регион,school1.ru,,,\n"
                 "2,Школа 2,Регион,,tochka_rosta,,\n"
                 "1,Дубль,Регион,school1-copy.ru,,,\n"
                 "3,Школа 3,Регион,school3.ru,tochka,,\n"
                 "4,Школа 4\n"
                 "5,Школа 5,Регион,htp:/school..,,,\n"
                 "\n"
                 "6,Кванториум,Регион,kvant.ru,kvantorium,Город,http://kvant.ru/about/\n")
    entries = read_seeds(path)
    assert [type(e).__name__ for e in entries] == ["Seed", "BadSeed", "BadSeed", "BadSeed", "BadSeed", "BadSeed", "Seed"]
    bad = {e.line: e for e in entries if isinstance(e, BadSeed)}
    assert "адрес" in bad[3].reason_ru and bad[3].reason_en == "empty URL"
    assert "повторяется" in bad[4].reason_ru and "duplicate id" in bad[4].reason_en
    assert "tochka" in bad[5].reason_en and "неизвестный тип" in bad[5].reason_ru
    assert "columns" in bad[6].reason_en
    assert "malformed" in bad[7].reason_en
    kvant = entries[-1]
    assert isinstance(kvant, Seed) and kvant.center_type == "kvantorium"
    assert kvant.section_url == "http://kvant.ru/about/" and kvant.municipality == "Город"


@pytest.mark.parametrize("encoding, delimiter", [("utf-8-sig", ","), ("cp1251", ";"), ("utf-8", ";")])
def test_encodings_and_delimiters(tmp_path, encoding, delimiter):
    text = (HEADER + "7,Средняя школа №7,Кировская область,school7-kirov.ru,,,\n").replace(",", delimiter)
    (entry,) = read_seeds(write(tmp_path, text, encoding))
    assert entry.name == "Средняя школа №7" and entry.region == "Кировская область"


def test_xlsx(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["id", "name", "region", "url", "center_type"])
    book.active.append([105, "Школа 105", "Ростовская область", "sosh105.ru", "it_cube"])
    path = tmp_path / "s.xlsx"
    book.save(path)
    (entry,) = read_seeds(path)
    assert entry.id == "105" and entry.center_type == "it_cube" and entry.url == "http://sosh105.ru/"


def test_missing_file_and_columns(tmp_path):
    with pytest.raises(SeedsFileError, match="not found"):
        read_seeds(tmp_path / "nope.csv")
    with pytest.raises(SeedsFileError, match="lacks columns: url"):
        read_seeds(write(tmp_path, "id,name,region\n1,a,b\n"))
    with pytest.raises(SeedsFileError, match="empty"):
        read_seeds(write(tmp_path, ""))
