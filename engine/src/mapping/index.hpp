// Internals of the mapping module: the label index of one pillar (skills or occupations), its
// scoring parameters and the search. Flat arrays and interned term ids; searches reuse
// thread-local scratch buffers so that the hot loop does not allocate.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "credmatch/mapping.hpp"
#include "credmatch/text.hpp"
#include "mapping/spelling.hpp"
#include "mapping/weak_words.hpp"

namespace credmatch::internal::mapping {

inline constexpr std::uint32_t kNoTerm = ~std::uint32_t{0};
// Words of a label beyond this are not indexed (ESCO labels have at most ~20).
inline constexpr std::size_t kMaxLabelTerms = 32;
// A stem in more labels than this is "common" for candidate generation: about 300 English stems
// of ESCO skills ("manage", "use", "equipment", ...). Occupation labels are fewer and shorter, and
// a job title is short: there the limit is higher, above the head words of titles in ESCO's
// labels ("technicien" 566, "ingénieur" 528, "assistant" 977, "supervisor" 987): with 512, a
// one-word title "Technicien" or "Ingénieur" seeded no label and found nothing. "engineer"
// (1,399 English labels), "worker" and "técnico" are still common.
inline constexpr std::uint32_t kCommonPostings[2] = {256, 1024};  // per Pillar

// The evidence of descriptions (and of a title's skills) is normalised to the best of the
// candidates that could reach the top kNormalisingK (the default top_k), whatever top_k is asked:
// a concept's score does not depend on how many matches are asked for.
inline constexpr std::size_t kNormalisingK = 10;

// MatchOptions::verify_language: the detection evidence (about three stop words) and the share
// of it for one language that overrule a presumed language.
inline constexpr double kVerifyLanguageEvidence = 3.0;
inline constexpr double kVerifyLanguageConfidence = 0.8;

// English terms in a text of another language ("machine learning", "cloud computing", "change
// management" in a French outcome): two adjacent words written in English labels, one of them at
// least kEnglishTermIdfGap (ln 5: five times) more common there, in stem idf, than in the text's
// language. Such a text is searched in English too, and English matches scoring at least
// kEnglishTermMinScore join its matches (docs/mapping.md, "English terms in other languages").
// Per Pillar: a job title is short, and one English word of it ("Owner" in "Product Owner")
// already scores an English occupation title 0.62.
inline constexpr float kEnglishTermIdfGap = 1.609f;
// A text given without a language whose stop words say little (a job title, a short phrase) and
// whose words the labels of two languages write about as much ("Développeur Full Stack Java":
// one French word, three English ones) is searched in both, if the second language has at least
// this share of the first one's points (SkillMapper::Impl::DetectByVocabulary).
inline constexpr double kSecondLanguageShare = 0.5;
// A language tied in points with the one chosen, with no word of its own, is the second reading
// when the text's words are this many times more typical of its labels (a one-word title both
// write: "Cuisinier", in 20 French labels and one English one).
inline constexpr double kTypicalRatio = 10.0;
inline constexpr double kEnglishTermMinScore[2] = {0.5, 0.8};

// Label blocks (PillarIndex::blocks).
inline constexpr std::uint32_t kBlockHeader = 5;
inline constexpr std::uint32_t kBlockTerm = 4;
inline constexpr std::uint32_t kBlockSkillGroup = 1;   // flag: the concept is a skill group
inline constexpr std::uint32_t kBlockTransversal = 2;  // flag: reuse level transversal
// flag: an alternative or hidden label with the stems of another concept's preferred label
inline constexpr std::uint32_t kBlockOthersPreferred = 4;
// A block term's fourth word: the word's position in the label (low 16 bits) and these flags for a
// name that is also a common word (LabelTerm::name) and for a word of a name
// (LabelTerm::name_form).
inline constexpr std::uint32_t kTermPositionMask = 0xFFFF;
inline constexpr std::uint32_t kTermName = std::uint32_t{1} << 16;
inline constexpr std::uint32_t kTermNameForm = std::uint32_t{1} << 17;
// How many labels of the language must write a capitalised label word in lower case for it to be
// a name that is also a common word (LabelTerm::name).
inline constexpr std::uint32_t kNameCommonLabels = 3;
// Compound spellings (docs/mapping.md): two label words, next to each other with one space or
// hyphen between, are a spelling of one word when at least kCompoundLabels labels of the language
// write them so and at least kCompoundLabels write them as that one word ("life cycle",
// "life-cycle" and "lifecycle"; "co-operate" and "cooperate"). One label of either ("soft-ware",
// "teamleader") is a slip or a name, not a usage. Each word has two letters or more; the first
// may have one when a hyphen follows it ("e-learning").
inline constexpr std::uint32_t kCompoundLabels = 2;
// The labels that write the one word are given the two words only when at least one label in
// kCompoundSplitRatio writes the two: "air craft" (2 labels) is no usage beside "aircraft" (629),
// and its "air" would bring every aircraft label to a text about air.
inline constexpr std::uint32_t kCompoundSplitRatio = 20;

// Light verbs (weak_words.hpp): the noun at most this many positions after its verb (two stop
// words between: "participer à l'élaboration").
inline constexpr std::uint32_t kLightVerbGap = 3;
// A figurative verb's object may end a noun phrase this many positions after the verb ("drive
// the annual salary review": 4).
inline constexpr std::uint32_t kFigurativeObjectGap = 5;

// Whether the word at `begin` of `text` is written with a capital (ASCII A-Z: the names of tools
// and products), for label words (LabelTerm::name) and query words alike.
inline bool StartsWithCapital(std::string_view text, std::uint32_t begin) {
  return begin < text.size() && text[begin] >= 'A' && text[begin] <= 'Z';
}

// The ranking model of one pillar (docs/mapping.md, "Scoring"). The values are set by hand from
// what the features mean, not fitted to an evaluation set; the one exception is the weight of
// alternative labels, set from how often matches through them are right on the development sets.
struct ScoringParams {
  // b in cov_L * cov_Q^b, from b_short for texts of up to short_text_terms distinct words down to
  // b_long for long texts: a short phrase should be explained by the label as a whole, while a
  // long outcome sentence names several skills and no label can explain all of it.
  float coverage_query_exponent_short = 0.5f;
  float coverage_query_exponent = 0.2f;
  float short_text_terms = 4.0f;
  // g = w / (w + k) with k = specificity * (the largest idf of the pillar): a match must carry
  // information. Relative to the largest idf so that small taxonomies score like ESCO (largest
  // idf about 9, k about 3).
  float specificity = 0.33f;
  float proximity_weight = 0.3f;  // share of the score that depends on proximity
  float unordered_factor = 0.9f;  // label words found in another order
  // Preferred, alternative, hidden. A match through an alternative label is right half as often
  // as one through a preferred label on the Decorte sets (first match: 34% against 71%): ESCO's
  // alternative labels include broader, narrower and borrowed terms (docs/mapping.md, "Scoring").
  std::array<float, 3> kind_weight = {1.0f, 0.8f, 0.75f};
  // An alternative or hidden label with the stems of another concept's preferred label ("SQL" of
  // database management systems, "solve problems" of troubleshoot): that concept owns the wording.
  float others_preferred_factor = 0.8f;
  float stem_only_factor = 0.8f;  // same stem, different word ("developer"/"development")
  // For a label word that is a name (LabelTerm::name) matched other than as written, with its
  // capital: names are not inflected, and in lower case the word is most likely the common one
  // ("sources", "source" are not "Source", the game engine; "access" is not Microsoft "Access").
  // Also for a word of a name (LabelTerm::name_form) matched by another word of its stem, in any
  // case ("solids" is not Solidity).
  float name_stem_factor = 0.25f;
  float aggregate_weight = 0.0f;     // weight of a concept's other matching labels
  float head_bonus = 1.0f;           // label head word = text head word (job titles)
  float head_missing_factor = 1.0f;  // the label's head word is not in the text at all
  float min_coverage = 0.25f;        // labels covered less than this are not candidates
  float transversal_factor = 0.95f;  // reuse level "transversal": generic skills
  float description_weight = 0.05f;  // weak evidence from descriptions
  // Job titles: skills named in the title (\"Java developer\") are evidence for the occupations
  // that need them (ESCO occupation-skill relations).
  float skill_evidence_weight = 0.0f;
  float weak_factor = 0.25f;   // weak words ("skills", "junior")
  float paren_factor = 0.25f;  // label words inside parentheses ("Java (computer programming)")
  // Text words inside parentheses. In outcome and job-ad sentences they are mostly content, the
  // tools or fields meant ("HTML and CSS (LESS, SCSS)", "a degree (Economics or similar)"); in a
  // job title they qualify it ("Nurse (night shift)", "(m/f/d)").
  float query_paren_factor = 1.0f;
  // Calibration: score = 1 / (1 + exp(-slope * (raw - midpoint))).
  float calibration_slope = 9.0f;
  float calibration_midpoint = 0.42f;
};

ScoringParams DefaultParams(Pillar pillar);

// A seed posting: label id (low half) and block offset (high half).
inline std::uint64_t SeedOf(std::uint32_t label, std::uint32_t block) {
  return std::uint64_t{block} << 32 | label;
}
inline std::uint32_t SeedLabel(std::uint64_t seed) { return static_cast<std::uint32_t>(seed); }
inline std::uint32_t SeedBlock(std::uint64_t seed) {
  return static_cast<std::uint32_t>(seed >> 32);
}

struct LabelRecord {
  std::uint32_t concept_id = 0;
  std::uint32_t first_term = 0;  // into PillarIndex::terms
  std::uint8_t term_count = 0;
  std::uint8_t language = 0;      // index into Impl::languages
  std::uint8_t kind = 0;          // LabelKind
  float weight = 0.0f;            // sum of the label's term weights
  std::uint32_t text_offset = 0;  // into Impl::strings
  std::uint32_t text_size = 0;
  std::uint32_t head = kNoTerm;  // stem id of the head word
  // A name another language's labels write (docs/mapping.md, "Names in every language"): no
  // evidence of its language (Impl::word_labels, language_labels).
  bool borrowed = false;
};

struct LabelTerm {
  std::uint32_t stem = 0;
  std::uint32_t word = 0;
  std::uint16_t position = 0;  // word position in the label (stop words counted)
  bool paren = false;
  // A word of a label whose every word is capitalised, that at least kNameCommonLabels other
  // labels of the language write in lower case: a name that is also a common word ("Source", the
  // game engine; "Common Lisp"), matched only as written, with its capital.
  bool name = false;
  // A word, outside parentheses, of a label whose every word outside parentheses is capitalised
  // ("Solidity", "Salt (tools for software configuration management)"), whose stem at least
  // kNameCommonLabels labels of the language write in lower case ("solid waste", "salt"): a name,
  // matched by its own word in any case; another word of its stem ("solids", "salting") is most
  // likely the common word, and is matched at name_stem_factor. A name whose stem no common word
  // has keeps its other forms ("Kubernets", a slip, is Kubernetes).
  bool name_form = false;
  float weight = 0.0f;  // idf * weak factor * paren factor
};

struct DescriptionTerm {
  std::uint32_t stem = 0;
  std::uint16_t count = 0;
};

struct PillarIndex {
  Pillar pillar = Pillar::kSkills;
  ScoringParams params;
  std::vector<LabelRecord> labels;
  std::vector<LabelTerm> terms;
  // Seed postings per stem (CSR, size vocabulary + 1): the labels a query word makes candidates.
  // A rare stem seeds every label that has it; a common stem (in more than kCommonPostings labels)
  // only the labels where it carries at least half of the weight ("manage", "use equipment"), and
  // a pair of common query stems (the pair index) the labels where the two carry at least half,
  // or that have no rare stem. Candidates are then scored against all query stems, so this only
  // prunes labels whose rare words the text lacks and no one or two of whose common words carry
  // half of them (docs/mapping.md, "Candidate generation").
  std::vector<std::uint32_t> posting_offsets;
  // One word per posting: the label id, and its block's offset into `blocks` (SeedOf): a list's
  // head is one cache miss, not two.
  std::vector<std::uint64_t> postings;
  // A compact copy of each label for candidate scoring, in one place (one or two cache lines):
  // kBlockHeader words (label id, concept id, weight, head stem, term count | kind << 8 | flags
  // << 16), then kBlockTerm words per term (stem, word, weight, position). The index is larger than
  // the caches: reading a label costs a cache miss, so record and terms are kept together.
  std::vector<std::uint32_t> blocks;
  std::vector<std::uint8_t> common;  // per stem id
  // Pairs of common stems -> labels having both, where they carry at least half of the weight or
  // the label has no rare stem (CSR over sorted keys (a << 32 | b), a < b).
  std::vector<std::uint64_t> pair_keys;
  std::vector<std::uint32_t> pair_offsets;
  std::vector<std::uint64_t> pair_postings;  // as `postings`
  std::vector<float> idf;                    // per stem id (0 when absent from the pillar)
  float specificity_k = 3.0f;                // params.specificity * the largest idf
  std::vector<std::uint8_t> weak;            // per vocabulary id: 1 for a weak word ('w' id)
  // Descriptions (weak evidence), per concept: CSR into description_terms, sorted by stem.
  std::vector<std::uint32_t> description_offsets;  // size concepts + 1 (empty when not indexed)
  std::vector<DescriptionTerm> description_terms;
  std::vector<std::uint32_t> description_length;
  std::vector<float> description_idf;  // per stem id
  float description_avg_length = 1.0f;
};

// A string -> id table for stems and words of each language: open addressing over a flat array,
// keys in one arena; lookups do not allocate.
class Vocabulary {
 public:
  // Returns the id of (language, tag, text), adding it when new. tag: 's' stem, 'w' word.
  std::uint32_t Intern(std::uint8_t language, char tag, std::string_view text);
  // Room for `count` keys of `key_bytes` bytes in all (language and tag bytes included): the
  // table then grows no more while they are interned. A loaded index knows both.
  void Reserve(std::size_t count, std::size_t key_bytes);
  // Returns the id, or kNoTerm when absent.
  std::uint32_t Find(std::uint8_t language, char tag, std::string_view text) const;
  std::uint32_t size() const { return count_; }
  // The text of an id (without its language and tag).
  std::string_view Text(std::uint32_t id) const {
    const std::uint32_t begin = id == 0 ? 0 : ends_[id - 1];
    return std::string_view(keys_).substr(begin + 2, ends_[id] - begin - 2);
  }
  // The keys (language byte, tag, text) one after another in id order, and the size of each:
  // what a stored index keeps (mapping/index_io.cpp) and re-interns in the same order.
  std::string_view keys() const { return keys_; }
  std::vector<std::uint32_t> KeySizes() const;

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  // into keys_: language byte, tag byte, text
    std::uint32_t size = 0;
    std::uint32_t id = kNoTerm;
  };
  static std::uint64_t Hash(std::uint8_t language, char tag, std::string_view text);
  std::size_t Probe(std::uint64_t hash, std::uint8_t language, char tag,
                    std::string_view text) const;
  void Grow();
  void Rehash(std::size_t size);  // a power of two

  std::vector<Slot> slots_;
  std::string keys_;
  std::vector<std::uint32_t> ends_;  // per id: where its key ends in keys_
  std::uint32_t count_ = 0;
};

struct ConceptRecord {
  ConceptKind kind = ConceptKind::kSkill;
  ReuseLevel reuse_level = ReuseLevel::kUnspecified;
  std::uint32_t uri_offset = 0;
  std::uint32_t uri_size = 0;
};

}  // namespace credmatch::internal::mapping

namespace credmatch {

struct SkillMapper::Impl {
  std::string name;
  bool is_esco = false;
  // The input it was built from (checked when a stored index is loaded), and whether it was.
  std::uint64_t source_concepts = 0;
  std::uint64_t source_labels = 0;
  bool loaded = false;
  std::vector<std::string> languages;
  std::vector<std::string_view> language_views;  // views of `languages`
  std::vector<text::Analyzer> label_analyzers;   // per language: stems, no boilerplate
  std::vector<text::Analyzer> query_analyzers;   // per language: boilerplate marks, no stems
  std::string strings;                           // URIs and label texts
  std::vector<internal::mapping::ConceptRecord> concepts;
  // Preferred label per language and concept: offset/size into `strings` (size 0 when none).
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> preferred;
  std::unordered_map<std::string_view, std::uint32_t> by_uri;  // views into `strings`
  internal::mapping::Vocabulary vocabulary;
  std::array<internal::mapping::PillarIndex, internal::mapping::kPillarCount> pillars;
  // Occupation -> skills and skill -> occupations (CSR), for context re-ranking.
  std::vector<std::uint32_t> skill_occupation_offsets;
  std::vector<std::uint32_t> skill_occupations;
  // Per vocabulary id: 1 for a word that opens statements (SkillMapper::SplitStatements): the
  // first word of several preferred skill labels of its language. Computed when the mapper is
  // built or loaded (DeriveWordTables), not stored.
  std::vector<std::uint8_t> opens_statement;
  // Per vocabulary id: how many labels write the word (0 for the weak words of the lists, which
  // the vocabulary also holds and no label may write); per language: how many labels it has.
  // Computed with `opens_statement` (language detection weighs a word by how typical it is of
  // each language's labels).
  std::vector<std::uint32_t> word_labels;
  std::vector<std::uint32_t> language_labels;
  // Per vocabulary id: the stem id of a word some label writes (else kNoTerm), and the label
  // words a misspelt word may stand for (docs/mapping.md, "Spelling slips"). Computed with
  // `opens_statement`.
  std::vector<std::uint32_t> word_stem;
  internal::mapping::NearSpellings near_spellings;
  // Light-verb constructions (weak_words.hpp): (verb stem << 32 | noun stem), sorted. Derived
  // from the lists and the vocabulary when the mapper is built or loaded (DeriveVerbTables).
  std::vector<std::uint64_t> light_verbs;
  // Figurative verb constructions (weak_words.hpp), likewise.
  std::vector<std::uint64_t> figurative_verbs;

  // Whether the stem `noun`, after the stem `verb` at most kLightVerbGap positions before it
  // (two stop words between: "participer à l'élaboration"), completes a light verb.
  bool LightVerbNoun(std::uint32_t verb, std::uint32_t verb_position, std::uint32_t noun,
                     std::uint32_t noun_position) const {
    if (light_verbs.empty() || noun_position <= verb_position ||
        noun_position - verb_position > internal::mapping::kLightVerbGap)
      return false;
    return std::binary_search(light_verbs.begin(), light_verbs.end(),
                              std::uint64_t{verb} << 32 | noun);
  }
  // Whether the stem `verb` before the stem `object` is used figuratively ("drive the
  // development"); where the object may stand is the search's to check.
  bool FigurativeVerb(std::uint32_t verb, std::uint32_t object) const {
    return std::binary_search(figurative_verbs.begin(), figurative_verbs.end(),
                              std::uint64_t{verb} << 32 | object);
  }

  // The vocabulary id of the folded word when a label of `language` writes it, else kNoTerm.
  std::uint32_t LabelWord(std::uint8_t language, std::string_view word) const {
    const std::uint32_t id = vocabulary.Find(language, 'w', word);
    return id < word_labels.size() && word_labels[id] != 0 ? id : internal::mapping::kNoTerm;
  }
  // Whether a label of `language` writes the folded word.
  bool LabelsWrite(std::uint8_t language, std::string_view word) const {
    return LabelWord(language, word) != internal::mapping::kNoTerm;
  }
  // Whether the folded word is a word the labels of `language` write (of four letters or more)
  // with an English derivational or inflectional ending: "thinker" (think + er), "listening"; a
  // word, not a slip of another ("Creative thinker" read "thinker" as "thinner" and found
  // prepare paint ingredients). Spelling slips are English only (spelling.hpp).
  bool DerivedFromLabelWord(std::uint8_t language, std::string_view word) const {
    static constexpr std::string_view kEndings[] = {"er",  "ers",  "ing",  "ings",  "ed",
                                                    "ly",  "ness", "ment", "ments", "ship",
                                                    "ful", "less", "able", "ism",   "ist"};
    for (std::string_view ending : kEndings) {
      if (word.size() < ending.size() + 4 || !word.ends_with(ending)) continue;
      if (LabelsWrite(language, word.substr(0, word.size() - ending.size()))) return true;
    }
    return false;
  }
  // Whether a label of any language writes the folded word.
  bool AnyLabelsWrite(std::string_view word) const {
    for (std::size_t l = 0; l < languages.size(); ++l) {
      if (LabelsWrite(static_cast<std::uint8_t>(l), word)) return true;
    }
    return false;
  }
  std::string_view String(std::uint32_t offset, std::uint32_t size) const {
    return std::string_view(strings).substr(offset, size);
  }
  // The per-word tables derived from the labels, not stored: `opens_statement` from the skill
  // labels, `word_labels`, `language_labels`, `word_stem` and `near_spellings` from every label
  // (mapping/statements.cpp).
  void DeriveWordTables();
  // Fills `light_verbs` and `figurative_verbs` from the lists and the vocabulary
  // (mapping/statements.cpp); called before term weights are set, and when an index is loaded.
  void DeriveVerbTables();
  // Sets `languages` and what derives from them (views, analysers).
  void SetLanguages(std::vector<std::string> codes);
  // Fills `by_uri` from `concepts`; kInvalidArgument for a duplicate URI.
  Status IndexUris();
  int LanguageIndex(std::string_view language) const;
  std::string_view UriOf(std::uint32_t concept_id) const;
  std::string_view PreferredLabelOf(std::uint32_t concept_id, std::string_view language) const;
  // `english_terms`, when not null, is set when the text (not in English) has English terms, with
  // the byte offsets of the words that are content in the text's language: SearchAll() then
  // searches it in English too, with only those words (`content`) as content, so that the
  // language's stop words and boilerplate ("de", "Être capable de") are not read as English.
  struct EnglishTerms {
    bool found = false;
    std::vector<std::uint32_t> content;  // Token::begin of the content words, ascending
  };
  // The search of one pillar in options.language (SearchAll() sets it when the caller did not;
  // a language without labels finds nothing).
  MatchResult Search(internal::mapping::Pillar pillar, std::string_view text,
                     const MatchOptions& options, EnglishTerms* english_terms = nullptr,
                     const std::vector<std::uint32_t>* content = nullptr) const;
  // A text whose stop words say little (evidence below kVerifyLanguageEvidence): the indexed
  // language whose labels write most of its words, with `evidence` counted for `detected` (the
  // stop-word guess, -1 for none). Returns `detected` when no language has more points than
  // every other (no word in any label, or only words all languages write). `second` is set to
  // another language with a word of its own (or tied with kTypicalRatio) and at least
  // kSecondLanguageShare of the points of the language returned (-1 when none): the text may as
  // well be written in that one. The pillar's weak words of one language alone count as that
  // language's words ("CDI", "stagiaire": French job ads).
  int DetectByVocabulary(internal::mapping::Pillar pillar, std::string_view text, int detected,
                         double evidence, int& second) const;
  // Search(), and the English search of a text with English terms, merged; a text without a
  // language is detected first, and searched in two languages when two could have written it.
  MatchResult SearchAll(internal::mapping::Pillar pillar, std::string_view text,
                        const MatchOptions& options) const;
};

}  // namespace credmatch
