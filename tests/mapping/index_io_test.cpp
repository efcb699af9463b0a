// The stored mapper index (docs/mapping.md, "Stored index"): what a taxonomy snapshot carries
// loads into a mapper that answers exactly as the built one; an index stored by another build is
// ignored; a damaged one is refused with a message, never read out of bounds.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "credmatch/mapping.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

Taxonomy Demo() {
  StatusOr<Taxonomy> demo = Taxonomy::LoadDemo();
  EXPECT_TRUE(demo.ok()) << demo.status().ToString();
  return *demo;
}

std::string Describe(const MatchResult& r) {
  std::string out = r.language + (r.language_detected ? "*" : "") + ":";
  for (const ConceptMatch& m : r.matches) {
    out.append(" ").append(m.uri).append("|").append(m.label).append("|");
    out += std::to_string(m.raw_score) + "|" + std::to_string(m.score) + "|" + m.evidence + "|";
    out.append(m.matched_label).append("|").append(m.matched_language);
  }
  return out;
}

// Every label of the taxonomy and a few outcome sentences, searched as skills and occupations,
// with the language given and detected: the two mappers give the same results.
void ExpectSameAnswers(const Taxonomy& taxonomy, const SkillMapper& built,
                       const SkillMapper& loaded, std::size_t max_labels) {
  std::vector<std::string> texts = {
      "Students will be able to design relational databases and write SQL queries.",
      "L'étudiant sera capable de concevoir une base de données relationnelle.",
      "Work in a team and communicate with customers",
      "software developer (Java)",
      "nurse",
      "design relational databases Manage projects in teams Use version control"};
  const std::span<const LabelEntry> labels = taxonomy.AllLabels();
  const std::size_t step = std::max<std::size_t>(1, labels.size() / max_labels);
  for (std::size_t i = 0; i < labels.size(); i += step) texts.emplace_back(labels[i].text);
  std::size_t matched = 0;
  for (const std::string& text : texts) {
    for (const std::string language : {"", "en", "fr"}) {
      MatchOptions options;
      options.language = language;
      const MatchResult a = built.MapSkills(text, options);
      ASSERT_EQ(Describe(a), Describe(loaded.MapSkills(text, options))) << text;
      ASSERT_EQ(Describe(built.MapOccupations(text, options)),
                Describe(loaded.MapOccupations(text, options)))
          << text;
      matched += a.matches.empty() ? 0 : 1;
    }
  }
  EXPECT_GT(matched, texts.size());  // the comparison is not between empty results
  // Both know the words that open run-on statements (computed when built and when loaded).
  std::size_t split = 0;
  for (const std::string& text : texts) {
    for (const std::string language : {"en", "fr"}) {
      const std::vector<text::Span> statements = built.SplitStatements(text, language);
      ASSERT_EQ(statements, loaded.SplitStatements(text, language)) << text;
      split += statements.size() > text::SplitSegments(text).size() ? 1 : 0;
    }
  }
  EXPECT_GT(split, 0u);
}

TEST(StoredIndexTest, LoadedIndexAnswersAsTheBuiltOne) {
  const Taxonomy demo = Demo();
  StatusOr<SkillMapper> built = SkillMapper::FromTaxonomy(demo);
  ASSERT_TRUE(built.ok()) << built.status().ToString();
  EXPECT_FALSE(built->LoadedFromStoredIndex());
  EXPECT_EQ(SkillMapper::StoredIndexOf(demo), SkillMapper::StoredIndex::kAbsent);

  const std::string bytes = built->SerializeIndex();
  EXPECT_EQ(SkillMapper::FromTaxonomy(demo)->SerializeIndex(), bytes);  // deterministic
  const Taxonomy with = demo.WithAttachment(std::string(SkillMapper::kIndexAttachment), bytes);
  EXPECT_EQ(SkillMapper::StoredIndexOf(with), SkillMapper::StoredIndex::kCurrent);
  StatusOr<SkillMapper> loaded = SkillMapper::FromTaxonomy(with);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(loaded->LoadedFromStoredIndex());
  EXPECT_EQ(loaded->SerializeIndex(), bytes);
  EXPECT_EQ(loaded->TaxonomyName(), built->TaxonomyName());
  EXPECT_EQ(loaded->Languages(), built->Languages());
  EXPECT_EQ(loaded->ConceptCount(), built->ConceptCount());
  for (std::uint32_t i = 0; i < demo.ConceptCount(); ++i) {
    ASSERT_EQ(loaded->FindUri(demo.Uri(ConceptId{i})), std::optional(ConceptId{i}));
    ASSERT_EQ(loaded->PreferredLabel(ConceptId{i}, "fr"),
              built->PreferredLabel(ConceptId{i}, "fr"));
    ASSERT_EQ(loaded->SkillOccupations(ConceptId{i}), built->SkillOccupations(ConceptId{i}));
  }
  ExpectSameAnswers(demo, *built, *loaded, 100000);

  // Options other than the defaults build their own index.
  MapperOptions english;
  english.languages = {"en"};
  StatusOr<SkillMapper> own = SkillMapper::FromTaxonomy(with, english);
  ASSERT_TRUE(own.ok());
  EXPECT_FALSE(own->LoadedFromStoredIndex());
  EXPECT_EQ(own->Languages(), std::vector<std::string>{"en"});
}

TEST(StoredIndexTest, TravelsInTheSnapshot) {
  const Taxonomy demo = Demo();
  EXPECT_TRUE(demo.AttachmentNames().empty());
  const std::string plain = demo.SerializeSnapshot();
  const std::string bytes = SkillMapper::FromTaxonomy(demo)->SerializeIndex();
  const Taxonomy with = demo.WithAttachment(std::string(SkillMapper::kIndexAttachment), bytes);
  const std::string snapshot = with.SerializeSnapshot();
  EXPECT_GT(snapshot.size(), plain.size() + bytes.size());

  StatusOr<Taxonomy> reloaded = Taxonomy::ParseSnapshot(snapshot, "demo.cmtx");
  ASSERT_TRUE(reloaded.ok()) << reloaded.status().ToString();
  EXPECT_EQ(reloaded->AttachmentNames(), std::vector<std::string>{"mapper-index"});
  EXPECT_EQ(reloaded->Attachment(SkillMapper::kIndexAttachment), bytes);
  EXPECT_EQ(reloaded->SerializeSnapshot(), snapshot);
  StatusOr<SkillMapper> loaded = SkillMapper::FromTaxonomy(*reloaded);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(loaded->LoadedFromStoredIndex());

  // A snapshot without attachments (as written before they existed) has none.
  StatusOr<Taxonomy> old = Taxonomy::ParseSnapshot(plain, "demo.cmtx");
  ASSERT_TRUE(old.ok());
  EXPECT_TRUE(old->AttachmentNames().empty());
  EXPECT_EQ(old->Attachment(SkillMapper::kIndexAttachment), "");

  // Taxonomy info names the attachment, its size and what the mapper does with it.
  const std::string info = DescribeTaxonomy(*reloaded, TaxonomyFormat::kText,
                                            {{"mapper-index", "loaded instead of built"}});
  EXPECT_THAT(info, HasSubstr("Attachment mapper-index: "));
  EXPECT_THAT(info, HasSubstr("MB, loaded instead of built"));
  EXPECT_THAT(DescribeTaxonomy(*reloaded, TaxonomyFormat::kJson),
              HasSubstr("\"bytes\": " + std::to_string(bytes.size())));
}

TEST(StoredIndexTest, IndexOfAnotherBuildIsBuiltAgain) {
  const Taxonomy demo = Demo();
  std::string bytes = SkillMapper::FromTaxonomy(demo)->SerializeIndex();
  // The stamp follows the magic (each a 64-bit size, then the bytes).
  const std::size_t stamp_at = 8 + 8 + 8;
  ASSERT_GT(bytes.size(), stamp_at + 10);
  bytes[stamp_at + 3] = bytes[stamp_at + 3] == 'a' ? 'b' : 'a';
  const Taxonomy with = demo.WithAttachment(std::string(SkillMapper::kIndexAttachment), bytes);
  EXPECT_EQ(SkillMapper::StoredIndexOf(with), SkillMapper::StoredIndex::kStale);
  StatusOr<SkillMapper> mapper = SkillMapper::FromTaxonomy(with);
  ASSERT_TRUE(mapper.ok()) << mapper.status().ToString();
  EXPECT_FALSE(mapper->LoadedFromStoredIndex());
  EXPECT_FALSE(mapper->MapSkills("design relational databases").matches.empty());
}

TEST(StoredIndexTest, IndexOfAnotherTaxonomyIsRefused) {
  const std::string bytes = SkillMapper::FromTaxonomy(Demo())->SerializeIndex();
  const Taxonomy empty =
      Taxonomy().WithAttachment(std::string(SkillMapper::kIndexAttachment), bytes);
  StatusOr<SkillMapper> mapper = SkillMapper::FromTaxonomy(empty);
  ASSERT_FALSE(mapper.ok());
  EXPECT_EQ(mapper.status().code(), StatusCode::kInvalidData);
  EXPECT_THAT(mapper.status().message(), HasSubstr("built from another taxonomy"));
  EXPECT_THAT(mapper.status().message(), HasSubstr("re-import the taxonomy"));
}

// Damage the snapshot checksum does not catch (a bug, an edited file): truncations and words set
// to all ones anywhere after the stamp. Each load either fails with kInvalidData or gives a
// mapper whose searches stay inside its arrays (run under the address sanitizer in the asan
// preset); most are refused.
TEST(StoredIndexTest, DamagedIndexIsRefusedNotRead) {
  const Taxonomy demo = Demo();
  const std::string good = SkillMapper::FromTaxonomy(demo)->SerializeIndex();
  const std::size_t header = 8 + 8 + 8 + 64;  // magic and stamp
  std::size_t refused = 0, tried = 0;
  auto load = [&](const std::string& bytes) {
    ++tried;
    StatusOr<SkillMapper> m = SkillMapper::FromTaxonomy(
        demo.WithAttachment(std::string(SkillMapper::kIndexAttachment), bytes));
    if (!m.ok()) {
      EXPECT_EQ(m.status().code(), StatusCode::kInvalidData) << m.status().ToString();
      EXPECT_THAT(m.status().message(), HasSubstr("stored mapper index"));
      ++refused;
      return;
    }
    for (const char* text : {"design relational databases with SQL", "bases de données",
                             "Java software developer", "nurse"}) {
      (void)m->MapSkills(text);
      (void)m->MapOccupations(text);
    }
  };
  for (std::size_t size :
       {std::size_t{0}, std::size_t{5}, header, good.size() / 2, good.size() - 1}) {
    load(good.substr(0, size));
  }
  load(good + "x");
  // A damaged header is told apart from an index of another build: `taxonomy info` says which.
  std::string bad_magic = good;
  bad_magic[9] = 'X';
  EXPECT_EQ(SkillMapper::StoredIndexOf(
                demo.WithAttachment(std::string(SkillMapper::kIndexAttachment), bad_magic)),
            SkillMapper::StoredIndex::kDamaged);
  load(bad_magic);
  const std::size_t step = std::max<std::size_t>(1, (good.size() - header) / 1500);
  for (std::size_t at = header; at + 4 <= good.size(); at += step) {
    std::string bytes = good;
    std::memset(bytes.data() + at, 0xFF, 4);
    load(bytes);
  }
  // About 70% are refused: ids, offsets and sizes out of range, and weights that are no longer
  // finite (all ones is a NaN); the rest hit bytes any value of which is valid (strings, stems
  // and positions inside their ranges). Before weights were checked, about half.
  EXPECT_GT(refused * 5, tried * 3) << refused << " of " << tried << " damaged indexes refused";
}

}  // namespace
}  // namespace credmatch
