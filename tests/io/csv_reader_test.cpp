#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "credmatch/io.hpp"
#include "io/temp_catalogue.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kFixtures =
    std::filesystem::path(CREDMATCH_SOURCE_DIR) / "tests" / "io" / "fixtures";

TEST(CsvReaderTest, SemicolonsBomCrlfAndQuotedMultiLineFields) {
  ReadOptions options;
  options.columns =
      *ParseColumnMapping("id=code, title=name, learningOutcomes=ilos, workload=ects");
  StatusOr<CatalogueReader> reader =
      CatalogueReader::Open(kFixtures / "modules_semicolon.csv", options);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_EQ(reader->format(), InputFormat::kCsv);
  std::vector<CatalogueRecord> records;
  CatalogueRecord record;
  while (reader->Next(record)) records.push_back(record);
  ASSERT_EQ(records.size(), 4u);  // four data rows; the empty row is not a record

  const CatalogueRecord& first = records[0];
  ASSERT_TRUE(first.result.ok()) << first.result.status().ToString();
  EXPECT_EQ(first.line, 2u);
  EXPECT_EQ(first.input_id, "DB101");
  const Credential& c = *first.result;
  EXPECT_EQ(c.format, "csv");
  EXPECT_EQ(c.id, "DB101");
  EXPECT_EQ(c.language, "fr");
  EXPECT_EQ(c.title.value->Get("fr"), "Bases de données");
  EXPECT_EQ(*c.country.value, "FR");
  EXPECT_EQ(c.level.value->declared_eqf, 6);
  EXPECT_EQ(c.workload.value->raw_value, 6.0);
  EXPECT_EQ(c.workload.value->raw_unit, "ects");
  ASSERT_EQ(c.learning_outcomes.size(), 3u);
  EXPECT_EQ(c.learning_outcomes[1].text, "Écrire des requêtes SQL ; avec jointures.");
  EXPECT_EQ(c.learning_outcomes[2].text, "Expliquer les transactions.");
  EXPECT_THAT(c.title.provenance.where,
              HasSubstr("modules_semicolon.csv:2:/title (column \"name\")"));

  ASSERT_TRUE(records[1].result.ok());
  EXPECT_EQ(records[1].line, 5u);  // the quoted newlines count
  EXPECT_EQ(records[1].result->title.value->Get("en"), "Databases, advanced");
  EXPECT_EQ(records[1].result->workload.value->raw_value, 7.5);
  EXPECT_EQ(records[1].result->learning_outcomes.size(), 2u);

  ASSERT_FALSE(records[2].result.ok());
  EXPECT_EQ(records[2].input_id, "DB103");
  EXPECT_THAT(records[2].result.status().message(),
              HasSubstr("modules_semicolon.csv:6: column \"ects\": expected a number of ECTS"));

  ASSERT_TRUE(records[3].result.ok());
  EXPECT_EQ(records[3].line, 8u);
  EXPECT_EQ(records[3].result->title.value->Get("en"), "Data \"quality\" checks");
  EXPECT_FALSE(records[3].result->level.present());
}

TEST(CsvReaderTest, AutomaticMappingBadRowsAndUnterminatedQuotes) {
  StatusOr<std::vector<CatalogueRecord>> records =
      ReadCatalogue(kFixtures / "modules_comma.csv", ReadOptions{});
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 4u);
  const StatusOr<Credential>& m1 = (*records)[0].result;
  ASSERT_TRUE(m1.ok()) << m1.status().ToString();
  EXPECT_EQ(m1->workload.value->raw_value, 10.0);
  EXPECT_EQ(m1->workload.value->raw_unit, "uk-credit");
  EXPECT_EQ(m1->level.value->declared_eqf, 5);
  EXPECT_EQ(m1->learning_outcomes.size(), 2u);
  EXPECT_THAT((*records)[1].result.status().message(),
              HasSubstr("modules_comma.csv:4: expected 7 columns, got 8"));
  EXPECT_THAT(
      (*records)[2].result.status().message(),
      HasSubstr("modules_comma.csv:5: column \"level\": expected an EQF level from 1 to 8"));
  EXPECT_THAT((*records)[3].result.status().message(),
              HasSubstr("modules_comma.csv:6: unterminated quoted field"));

  // "level=" reads no column for the level, not even the one named so: the row whose level
  // column holds no EQF level is read.
  ReadOptions no_level;
  no_level.columns = *ParseColumnMapping("level=");
  records = ReadCatalogue(kFixtures / "modules_comma.csv", no_level);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_TRUE((*records)[2].result.ok()) << (*records)[2].result.status().ToString();
  EXPECT_FALSE((*records)[0].result->level.present());
}

// A cell with a byte that is not UTF-8 (a file saved as Windows-1252) is an error record naming
// the column, the byte and the text before it. Until 2026-12-01 such bytes were read as they came
// (and quoting one in an error threw from the JSON library, found by fuzzing `match`).
TEST(CsvReaderTest, CellsThatAreNotUtf8AreErrorRecords) {
  StatusOr<std::vector<CatalogueRecord>> records =
      testing::ReadTempCatalogue("bad_utf8.csv",
                                 "id,title,eqf\nA1,Databases,6\nA2,Networks,\xff\xfe"
                                 "9\nA3,Bases de donn\xe9"
                                 "es,7\n");
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 3u);
  EXPECT_TRUE((*records)[0].result.ok());
  ASSERT_FALSE((*records)[1].result.ok());
  EXPECT_THAT((*records)[1].result.status().message(),
              HasSubstr("bad_utf8.csv:3: column \"eqf\": not UTF-8 text (byte 0xFF)"));
  ASSERT_FALSE((*records)[2].result.ok());
  EXPECT_EQ((*records)[2].input_id, "A3");  // its id cell is UTF-8: the error row keeps it
  EXPECT_THAT((*records)[2].result.status().message(),
              HasSubstr("bad_utf8.csv:4: column \"title\": not UTF-8 text (byte 0xE9 after "
                        "\"Bases de donn\"); if the file was saved as Windows-1252 (Latin-1), "
                        "read it with --encoding windows-1252"));
}

TEST(CsvReaderTest, Windows1252IsReadWhenAsked) {
  // Header "Intitulé"; the title has é (0xE9), an apostrophe (0x92) and the euro sign (0x80).
  const std::string text =
      "code;Intitul\xe9\nA1;Gestion d\x92"
      "entreprise (\x80) : donn\xe9"
      "es\n";
  ReadOptions options;
  options.columns = *ParseColumnMapping("id=code,title=Intitulé");
  options.csv_encoding = TextEncoding::kWindows1252;
  StatusOr<std::vector<CatalogueRecord>> records =
      testing::ReadTempCatalogue("cp1252.csv", text, options);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 1u);
  ASSERT_TRUE((*records)[0].result.ok()) << (*records)[0].result.status().ToString();
  EXPECT_EQ((*records)[0].result->title.value->Get(""),
            "Gestion d\u2019entreprise (\u20ac) : donn\u00e9es");

  // Read as UTF-8 (the default), the header itself is refused with its place.
  options.csv_encoding = TextEncoding::kUtf8;
  StatusOr<std::vector<CatalogueRecord>> as_utf8 =
      testing::ReadTempCatalogue("cp1252.csv", text, options);
  ASSERT_FALSE(as_utf8.ok());
  EXPECT_THAT(as_utf8.status().message(),
              HasSubstr("cp1252.csv:1: the header: not UTF-8 text (byte 0xE9 after \"Intitul\")"));
}

TEST(CsvReaderTest, Utf8ReadAsWindows1252IsRefusedNotGarbled) {
  ReadOptions options;
  options.csv_encoding = TextEncoding::kWindows1252;
  StatusOr<std::vector<CatalogueRecord>> records =
      testing::ReadTempCatalogue("utf8.csv",
                                 "id,title\nA1,Databases\nA2,Bases de donn\xc3\xa9"
                                 "es\n",
                                 options);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 2u);
  EXPECT_TRUE((*records)[0].result.ok());  // ASCII reads the same either way
  ASSERT_FALSE((*records)[1].result.ok());
  EXPECT_THAT((*records)[1].result.status().message(),
              HasSubstr("utf8.csv:3: column \"title\": the text is UTF-8 (\"Bases de "
                        "donn\u00e9es\"), not Windows-1252"));
}

TEST(CsvReaderTest, Utf16IsRefusedAtOpen) {
  const std::filesystem::path path = std::filesystem::path(::testing::TempDir()) / "utf16.csv";
  {
    std::ofstream f(path, std::ios::binary);
    f << std::string("\xff\xfei\0d\0\n\0", 8);
  }
  StatusOr<CatalogueReader> reader = CatalogueReader::Open(path, ReadOptions{});
  std::filesystem::remove(path);
  ASSERT_FALSE(reader.ok());
  EXPECT_THAT(reader.status().message(),
              HasSubstr("utf16.csv:1: UTF-16 text (byte order mark FF FE); save the file as CSV "
                        "in UTF-8"));
}

TEST(CsvReaderTest, ExcelDelimiterLineNamesTheDelimiter) {
  // Without the line, the header's commas would tie with its semicolons, and a tie is a comma.
  StatusOr<std::vector<CatalogueRecord>> records = testing::ReadTempCatalogue(
      "sep.csv",
      "sep=;\r\nid;title;credits,ects,total\r\nA1;Databases, advanced;7,5\r\nA2;x;y;z\r\n");
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[0].line, 3u);  // lines count the delimiter line
  EXPECT_EQ((*records)[0].input_id, "A1");
  ASSERT_TRUE((*records)[0].result.ok()) << (*records)[0].result.status().ToString();
  EXPECT_EQ((*records)[0].result->title.value->Get(""), "Databases, advanced");
  ASSERT_FALSE((*records)[1].result.ok());
  EXPECT_THAT((*records)[1].result.status().message(),
              HasSubstr("sep.csv:4: expected 3 columns, got 4"));
}

TEST(CsvReaderTest, HeaderErrorsNameTheHeadersLine) {
  // After a delimiter line the header is on line 2.
  StatusOr<std::vector<CatalogueRecord>> records =
      testing::ReadTempCatalogue("sep_open.csv", "sep=;\nid;\"title\n");
  ASSERT_FALSE(records.ok());
  EXPECT_THAT(records.status().message(),
              HasSubstr("sep_open.csv:2: unterminated quoted field in the header"));
}

TEST(CsvReaderTest, EncodingNames) {
  EXPECT_EQ(*ParseTextEncoding("UTF-8"), TextEncoding::kUtf8);
  EXPECT_EQ(*ParseTextEncoding("utf8"), TextEncoding::kUtf8);
  for (const char* name : {"windows-1252", "CP1252", "latin1", "ISO-8859-1"})
    EXPECT_EQ(*ParseTextEncoding(name), TextEncoding::kWindows1252) << name;
  StatusOr<TextEncoding> unknown = ParseTextEncoding("ebcdic");
  ASSERT_FALSE(unknown.ok());
  EXPECT_THAT(unknown.status().message(), HasSubstr("unknown encoding \"ebcdic\""));
}

TEST(CsvReaderTest, MappingErrors) {
  EXPECT_FALSE(ParseColumnMapping("title").ok());
  EXPECT_FALSE(ParseColumnMapping("=name").ok());
  EXPECT_FALSE(ParseColumnMapping("id=a,id=b").ok());        // the second silently won
  EXPECT_EQ(ParseColumnMapping("title=")->at("title"), "");  // switches the field off
  StatusOr<CsvColumns> unknown = ParseColumnMapping("colour=name");
  ASSERT_FALSE(unknown.ok());
  EXPECT_THAT(unknown.status().message(), HasSubstr("unknown field \"colour\""));
  StatusOr<CsvColumns> ok = ParseColumnMapping("id=code,learningOutcomes=ILOs");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->at("learningOutcomes"), "ILOs");

  ReadOptions options;
  options.columns = {{"title", "missing_column"}};
  StatusOr<CatalogueReader> reader =
      CatalogueReader::Open(kFixtures / "modules_comma.csv", options);
  ASSERT_FALSE(reader.ok());
  EXPECT_THAT(reader.status().message(),
              HasSubstr("modules_comma.csv:1: column \"missing_column\" (mapped to title) is not "
                        "in the header"));
}

TEST(CsvReaderTest, ReadCredentialFileNeedsExactlyOneRecord) {
  StatusOr<Credential> c = ReadCredentialFile(kFixtures / "modules_comma.csv", ReadOptions{});
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.status().message(), HasSubstr("holds 4 records; read it as a catalogue"));
}

}  // namespace
}  // namespace credmatch
