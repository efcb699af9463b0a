#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "credmatch/taxonomy.hpp"
#include "taxonomy/store.hpp"
#include "taxonomy/test_util.hpp"

namespace credmatch {
namespace {

using ::testing::HasSubstr;

// The demo taxonomy with a few similar-skill lists, so that every section has content.
Taxonomy DemoWithSimilar() {
  auto demo = Taxonomy::LoadDemo();
  EXPECT_TRUE(demo.ok()) << demo.status().ToString();
  std::vector<std::vector<Neighbour>> lists(demo->ConceptCount());
  lists[0] = {{ConceptId{1}, 0.9f}, {ConceptId{2}, 0.5f}};
  lists[5] = {{ConceptId{0}, 0.125f}};
  auto with = demo->WithSimilar(lists, "test kernel k=2");
  EXPECT_TRUE(with.ok());
  return *with;
}

void ExpectSameTaxonomy(const Taxonomy& a, const Taxonomy& b) {
  EXPECT_EQ(a.Info().name, b.Info().name);
  EXPECT_EQ(a.Info().version, b.Info().version);
  EXPECT_EQ(a.Info().source, b.Info().source);
  EXPECT_EQ(a.Info().is_esco, b.Info().is_esco);
  EXPECT_EQ(a.Info().kernel, b.Info().kernel);
  EXPECT_EQ(a.Languages(), b.Languages());
  EXPECT_EQ(std::memcmp(&a.Info().counts, &b.Info().counts, sizeof(TaxonomyCounts)), 0);
  ASSERT_EQ(a.Info().files.size(), b.Info().files.size());
  for (std::size_t i = 0; i < a.Info().files.size(); ++i) {
    EXPECT_EQ(a.Info().files[i].name, b.Info().files[i].name);
    EXPECT_EQ(a.Info().files[i].rows, b.Info().files[i].rows);
  }
  ASSERT_EQ(a.ConceptCount(), b.ConceptCount());
  ASSERT_EQ(a.Schemes().size(), b.Schemes().size());
  for (std::size_t i = 0; i < a.Schemes().size(); ++i) {
    EXPECT_EQ(a.Schemes()[i].uri, b.Schemes()[i].uri);
    EXPECT_EQ(a.Schemes()[i].label, b.Schemes()[i].label);
  }
  auto same = [](auto x, auto y) { return std::equal(x.begin(), x.end(), y.begin(), y.end()); };
  for (std::uint32_t i = 0; i < a.ConceptCount(); ++i) {
    ConceptId id{i};
    ConceptInfo x = a.Concept(id), y = b.Concept(id);
    ASSERT_EQ(x.uri, y.uri);
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.skill_type, y.skill_type);
    EXPECT_EQ(x.reuse_level, y.reuse_level);
    EXPECT_EQ(x.collections, y.collections);
    EXPECT_EQ(x.code, y.code);
    EXPECT_EQ(x.description, y.description);
    EXPECT_EQ(x.definition, y.definition);
    EXPECT_EQ(x.scope_note, y.scope_note);
    EXPECT_EQ(x.isco_group, y.isco_group);
    auto la = a.ConceptLabels(id), lb = b.ConceptLabels(id);
    ASSERT_EQ(la.size(), lb.size());
    for (std::size_t k = 0; k < la.size(); ++k) {
      EXPECT_EQ(la[k].id, lb[k].id);
      EXPECT_EQ(la[k].language, lb[k].language);
      EXPECT_EQ(la[k].kind, lb[k].kind);
      EXPECT_EQ(la[k].text, lb[k].text);
    }
    EXPECT_TRUE(same(a.Broader(id), b.Broader(id)));
    EXPECT_TRUE(same(a.Narrower(id), b.Narrower(id)));
    EXPECT_TRUE(same(a.RelatedSkills(id), b.RelatedSkills(id)));
    EXPECT_TRUE(same(a.RelatedSkillsInverse(id), b.RelatedSkillsInverse(id)));
    EXPECT_TRUE(same(a.OccupationSkills(id), b.OccupationSkills(id)));
    EXPECT_TRUE(same(a.SkillOccupations(id), b.SkillOccupations(id)));
    EXPECT_TRUE(same(a.SimilarSkills(id), b.SimilarSkills(id)));
    EXPECT_TRUE(same(a.ConceptSchemes(id), b.ConceptSchemes(id)));
    EXPECT_EQ(a.Find(x.uri), b.Find(y.uri));
  }
}

TEST(SnapshotTest, RoundTripIsExact) {
  Taxonomy t = DemoWithSimilar();
  std::string bytes = t.SerializeSnapshot();
  auto loaded = Taxonomy::ParseSnapshot(bytes, "demo.cmtx");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ExpectSameTaxonomy(t, *loaded);
  EXPECT_EQ(loaded->SerializeSnapshot(), bytes);
  EXPECT_EQ(loaded->FindByLabel("utiliser sql", "fr"), t.FindByLabel("use SQL"));
}

TEST(SnapshotTest, WriteAndLoadFile) {
  testing::TempDir dir;
  Taxonomy t = DemoWithSimilar();
  auto path = dir.path() / "demo.cmtx";
  ASSERT_TRUE(t.WriteSnapshot(path).ok());
  auto loaded = Taxonomy::LoadSnapshot(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ExpectSameTaxonomy(t, *loaded);
  auto by_default = Taxonomy::LoadDefault(path.string());
  ASSERT_TRUE(by_default.ok());
  EXPECT_EQ(by_default->ConceptCount(), t.ConceptCount());

  auto missing = Taxonomy::LoadSnapshot(dir.path() / "missing.cmtx");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);
  EXPECT_THAT(missing.status().message(), HasSubstr("missing.cmtx: cannot open"));
  EXPECT_EQ(t.WriteSnapshot(dir.path() / "no" / "such" / "dir.cmtx").code(), StatusCode::kIoError);
}

// A loaded snapshot's attachments are views into the file's bytes, which the taxonomy (and every
// taxonomy made from it) keeps alive; replacing one leaves the others as they were.
TEST(SnapshotTest, AttachmentsOfALoadedFile) {
  testing::TempDir dir;
  const std::string big(100000, 'x');
  Taxonomy t = DemoWithSimilar().WithAttachment("b", big).WithAttachment("a", "first");
  auto path = dir.path() / "demo.cmtx";
  ASSERT_TRUE(t.WriteSnapshot(path).ok());
  std::optional<Taxonomy> replaced;
  {
    auto loaded = Taxonomy::LoadSnapshot(path);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    EXPECT_EQ(loaded->AttachmentNames(), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(loaded->Attachment("a"), "first");
    EXPECT_EQ(loaded->Attachment("b"), big);
    EXPECT_EQ(loaded->Attachment("c"), "");
    replaced = loaded->WithAttachment("a", "second");
    EXPECT_EQ(loaded->Attachment("a"), "first");
  }  // the loaded taxonomy is gone; the file's bytes live on in `replaced`
  EXPECT_EQ(replaced->Attachment("a"), "second");
  EXPECT_EQ(replaced->Attachment("b"), big);
  auto again = Taxonomy::ParseSnapshot(replaced->SerializeSnapshot(), "again.cmtx");
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->Attachment("a"), "second");
  EXPECT_EQ(again->Attachment("b"), big);
}

Status Parse(const std::string& bytes) {
  return Taxonomy::ParseSnapshot(bytes, "esco.cmtx").status();
}

std::uint64_t U64(const std::string& b, std::size_t at) {
  std::uint64_t v;
  std::memcpy(&v, b.data() + at, 8);
  return v;
}

// Offset of section `id` (see the section table in docs/taxonomy.md).
std::size_t SectionOffset(const std::string& b, std::uint32_t id) {
  std::uint32_t count;
  std::memcpy(&count, b.data() + 32, 4);
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint32_t sid;
    std::memcpy(&sid, b.data() + 64 + 24 * static_cast<std::size_t>(i), 4);
    if (sid == id) return U64(b, 64 + 24 * static_cast<std::size_t>(i) + 8);
  }
  ADD_FAILURE() << "no section " << id;
  return 0;
}

void Reseal(std::string& b) {
  std::uint64_t sum = internal::SnapshotChecksum(std::string_view(b).substr(32));
  std::memcpy(&b[24], &sum, 8);
}

TEST(SnapshotTest, RefusesDamagedFiles) {
  const std::string good = DemoWithSimilar().SerializeSnapshot();
  ASSERT_TRUE(Parse(good).ok());

  Status s = Parse("");
  EXPECT_EQ(s.code(), StatusCode::kInvalidData);
  EXPECT_THAT(s.message(), HasSubstr("esco.cmtx: not a credmatch taxonomy snapshot (bad magic"));
  EXPECT_THAT(Parse("name,uri\nfoo,bar\n").message(), HasSubstr("bad magic"));

  s = Parse(good.substr(0, 20));
  EXPECT_EQ(s.code(), StatusCode::kInvalidData);
  EXPECT_EQ(s.message(), "esco.cmtx: truncated: 20 bytes, shorter than the 64-byte header");

  s = Parse(good.substr(0, good.size() / 2));
  EXPECT_EQ(s.message(), "esco.cmtx: truncated: the header declares " +
                             std::to_string(good.size()) + " bytes, the file has " +
                             std::to_string(good.size() / 2));

  EXPECT_THAT(Parse(good + "x").message(), HasSubstr("1 unexpected bytes after the declared end"));

  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x40);
  EXPECT_EQ(Parse(flipped).message(),
            "esco.cmtx: checksum mismatch: the file is corrupt (re-import or copy it again)");

  std::string newer = good;
  newer[8] = 2;
  s = Parse(newer);
  EXPECT_EQ(s.code(), StatusCode::kUnsupported);
  EXPECT_THAT(s.message(), HasSubstr("esco.cmtx: snapshot format version 2 is newer than this "
                                     "credmatch reads (1)"));
  std::string older = good;
  older[8] = 0;
  EXPECT_THAT(Parse(older).message(), HasSubstr("format version 0 is no longer supported"));
}

TEST(SnapshotTest, RefusesInconsistentContentEvenWithAValidChecksum) {
  const std::string good = DemoWithSimilar().SerializeSnapshot();
  // A broader entry (section 7) pointing past the last concept.
  std::string bad = good;
  std::uint32_t huge = 0x00FFFFFF;
  std::memcpy(&bad[SectionOffset(bad, 7)], &huge, 4);
  Reseal(bad);
  EXPECT_EQ(Parse(bad).message(), "esco.cmtx: corrupt section 7 (concept id)");

  // A concept whose kind byte is out of range (section 3, record offset 44).
  bad = good;
  bad[SectionOffset(bad, 3) + 44] = 9;
  Reseal(bad);
  EXPECT_EQ(Parse(bad).message(), "esco.cmtx: corrupt concept table");

  // A label offset table that is not monotonic (section 4).
  bad = good;
  std::uint32_t big = 1u << 30;
  std::memcpy(&bad[SectionOffset(bad, 4) + 4], &big, 4);
  Reseal(bad);
  EXPECT_THAT(Parse(bad).message(), HasSubstr("corrupt section 4 (adjacency offsets)"));

  // A similar-skill score outside [0, 1] (section 22, second field).
  bad = good;
  float score = 2.0f;
  std::memcpy(&bad[SectionOffset(bad, 22) + 4], &score, 4);
  Reseal(bad);
  EXPECT_EQ(Parse(bad).message(), "esco.cmtx: corrupt similar-skill lists");

  // A section table entry that runs past the end of the file.
  bad = good;
  std::uint64_t size = good.size();
  std::memcpy(&bad[64 + 16], &size, 8);
  Reseal(bad);
  EXPECT_THAT(Parse(bad).message(), HasSubstr("extends past the end of the file"));
}

}  // namespace
}  // namespace credmatch
