// Searching a pillar index: text -> ranked concepts (docs/mapping.md, "Scoring").
//
// 1. The text is analysed in its language (detected when not given); content tokens are looked
//    up as stems of that language.
// 2. Candidate labels come from the seed postings of the query stems, heaviest first, and from
//    the pair index of common stems. Each candidate is scored once against every query stem:
//    coverage of the label and of the text, specificity, same word or only same stem, label kind,
//    head word, reuse level. Seeding stops when no label reached only by the remaining stems
//    could enter the top k.
// 3. Concepts whose upper bound can still reach the top k get the exact score: proximity and
//    order of the matched words in the text, their other labels, description evidence.
// 4. The raw score is calibrated to [0, 1] with a logistic function.
// Scratch buffers are thread-local and reused: the hot loops do not allocate.
#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "mapping/index.hpp"
#include "mapping/merge_matches.hpp"

namespace credmatch {
namespace internal::mapping {
namespace {

// Whether token `i` opens a segment of the text (its start, a sentence, a line, a bullet or a
// clause: the analyser's kSegmentGap), with at most a list number before it ("2) Source code").
// There a capital first letter says nothing of a name ("Chef de projet", "Source de données",
// "Access to clean water").
bool OpensSegment(const text::TokenList& tokens, std::size_t i) {
  auto number = [](std::string_view norm) {
    return std::all_of(norm.begin(), norm.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  for (; i > 0; --i) {
    if (tokens[i].position >= tokens[i - 1].position + 1 + text::kSegmentGap) return true;
    if (!number(tokens[i - 1].norm)) return false;
  }
  return true;
}

struct QueryToken {
  std::uint32_t stem = kNoTerm;  // kNoTerm: unknown to the index
  std::uint32_t word = kNoTerm;
  std::uint32_t position = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool paren = false;
  bool weak = false;
  bool capital = false;   // written with a capital first letter
  bool letter = false;    // one character: a letter or a digit
  bool named = false;     // outside parentheses, not weak, and a label word of some language
  std::uint64_t key = 0;  // OutcomeTermKey of its stem, with MatchOptions::terms (else 0)
};

struct QueryStem {
  std::uint32_t stem = 0;
  float weight = 0.0f;                  // idf * weak factor * paren factor (label index)
  float factor = 1.0f;                  // weak factor * paren factor
  float paren = 1.0f;                   // paren factor
  std::uint32_t occurrences_begin = 0;  // into Scratch::occurrences (query token indexes)
  std::uint32_t occurrences_count = 0;
  std::uint32_t word = kNoTerm;  // the word of the first occurrence
  bool several_words = false;    // whether other occurrences have another word
  bool capital = false;          // whether an occurrence is written with a capital
  bool letter = true;            // whether every occurrence is one character (QueryToken::letter)
  std::uint64_t key = 0;         // QueryToken::key of the first occurrence
};

// The factors of a label's score that depend only on its matched weight, for one query:
// coverage of the text (FastPow) and specificity. A label's matched weight is a sum over the few
// query stems it has, so a query sees few distinct values: they are computed once each.
class MatchedFactors {
 public:
  struct Factors {
    float coverage = 0.0f;     // FastPow(min(1, matched / query weight), exponent)
    float specificity = 0.0f;  // matched / (matched + k)
  };
  void Reset() { keys_.fill(kEmpty); }
  template <typename Compute>
  const Factors& Get(float matched, Compute&& compute) {
    const auto bits = std::bit_cast<std::uint32_t>(matched);
    const std::size_t slot = (bits * 2654435761u) >> (32 - kBits);
    if (keys_[slot] != bits) {
      keys_[slot] = bits;
      values_[slot] = compute(matched);
    }
    return values_[slot];
  }

 private:
  static constexpr int kBits = 6;
  static constexpr std::uint32_t kEmpty = ~std::uint32_t{0};  // a NaN: never a matched weight
  std::array<std::uint32_t, 1u << kBits> keys_{};
  std::array<Factors, 1u << kBits> values_{};
};

constexpr int kOtherLabels = 4;

// A candidate label after its first scoring.
struct PassingLabel {
  std::uint32_t label = 0;
  std::uint32_t block = 0;  // offset into PillarIndex::blocks
  std::uint32_t concept_id = 0;
  float score = 0.0f;  // score before proximity and order
  float matched = 0.0f;
  std::uint32_t matched_terms = 0;
};

// x^e for x in (0, 1] and e in [0, 1], to about 2e-4 relative: exp2(e * log2(x)) with polynomial
// approximations (the ranking does not need libm's precision, and this is in the hot loop).
inline float FastPow(float x, float e) {
  if (x >= 1.0f) return 1.0f;
  if (x <= 1e-30f) return 0.0f;
  auto bits = std::bit_cast<std::uint32_t>(x);
  float exponent = static_cast<float>(static_cast<int>((bits >> 23) & 255) - 127);
  float m = std::bit_cast<float>((bits & 0x007FFFFFu) | 0x3F800000u);  // in [1, 2)
  // Least-squares polynomials on [1, 2) and [0, 1); absolute error below 2.1e-4.
  float log2 =
      exponent +
      (-2.4968461f + m * (4.0285479f + m * (-2.0812142f + m * (0.62887362f - m * 0.079158161f))));
  float y = e * log2;  // <= 0
  if (y < -126.0f) return 0.0f;
  float yi = std::floor(y);
  float f = y - yi;  // in [0, 1)
  float p = 0.99981246f + f * (0.69683624f + f * (0.22412837f + f * 0.079020413f));
  return std::bit_cast<float>(static_cast<std::uint32_t>(static_cast<int>(yi) + 127) << 23) * p;
}

struct CandidateState {
  std::uint32_t concept_id = 0;
  float best = -1.0f;
  std::uint32_t best_label = 0;
  std::uint32_t evidence_begin = 0;
  std::uint32_t evidence_end = 0;
  float others[kOtherLabels] = {0, 0, 0, 0};
  float raw = 0.0f;
  float upper = 0.0f;  // bound of raw: best label score before proximity, aggregate, evidence
  std::uint32_t passing_begin = 0;  // into Scratch::grouped
  std::uint32_t passing_end = 0;
  bool normalises = false;  // one of the candidates the evidence is normalised over
};

struct ConceptScratch {
  float upper = 0.0f;      // best label score before proximity
  float upper_sum = 0.0f;  // sum of those
  float lower = 0.0f;      // lower bound of the best label score
  std::int32_t slot = -1;  // into Scratch::states, or -1
};

struct Scratch {
  std::vector<std::uint64_t> seen;     // one bit per label (small enough for L1)
  std::vector<std::uint32_t> touched;  // seed block offsets
  std::vector<PassingLabel> passing;
  std::vector<std::uint32_t> order;
  // Per concept, together: a candidate label costs one cache miss here rather than four.
  std::vector<ConceptScratch> per_concept;
  std::vector<float> lower_values;
  std::vector<std::uint32_t> common_stems;
  std::vector<std::int32_t> table;  // query stem hash table
  std::vector<std::uint32_t> ranked;
  std::vector<std::uint32_t> touched_concepts;
  std::vector<CandidateState> states;
  text::TokenList tokens;
  std::vector<QueryToken> query;
  std::vector<QueryStem> stems;
  std::vector<std::uint32_t> occurrences;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> window;  // (query token, label term)
  std::vector<float> description_scores;
  std::vector<std::uint32_t> grouped;  // passing label indexes, grouped by candidate concept
  std::vector<float> top_raw;          // min-heap of the best raw scores computed
  std::vector<float> skill_scores;
  std::vector<std::uint32_t> near;  // near spellings of a query word
  MatchedFactors matched_factors;

  void Reserve(std::size_t labels, std::size_t concepts) {
    if (seen.size() < (labels + 63) / 64) seen.resize((labels + 63) / 64, 0);
    if (per_concept.size() < concepts) {
      per_concept.resize(concepts);
    }
  }
};

Scratch& GetScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// Whether a folded word is one UTF-8 character: its lead byte's length is the word's.
bool OneCharacter(std::string_view word) {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word[0]);
  return word.size() == (lead < 0x80 ? 1u : static_cast<std::size_t>(std::countl_one(lead)));
}

bool HeadFirst(std::string_view language) {
  return language == "fr" || language == "es" || language == "it" || language == "pt" ||
         language == "ro" || language == "ca";
}

// Byte offset where the "main part" of a job title ends: before " - ", " | ", " – ", "(" or ","
// ("Sales Consultant - Puchong", "Nurse (Night shift)").
std::size_t MainPartEnd(std::string_view text) {
  std::size_t end = text.size();
  for (std::string_view sep : {" - ", " | ", " \xE2\x80\x93 ", "(", ",", " @ "}) {
    std::size_t p = text.find(sep);
    if (p != std::string_view::npos && p > 0) end = std::min(end, p);
  }
  return end;
}

}  // namespace
}  // namespace internal::mapping

using internal::mapping::CandidateState;
using internal::mapping::QueryStem;
using internal::mapping::QueryToken;

MatchResult SkillMapper::Impl::Search(internal::mapping::Pillar pillar, std::string_view text,
                                      const MatchOptions& options, EnglishTerms* english_terms,
                                      const std::vector<std::uint32_t>* content) const {
  MatchResult result;
  if (languages.empty()) return result;
  const internal::mapping::PillarIndex& index = pillars[static_cast<std::size_t>(pillar)];
  const internal::mapping::ScoringParams& params = index.params;

  // Language: given (SearchAll() detects it when the caller did not).
  int lang = LanguageIndex(options.language);
  result.language = options.language;
  if (options.verify_language) {
    text::DetectedLanguage detected = text::DetectLanguage(text, language_views);
    const int other = LanguageIndex(detected.language);
    // Weighed against the declared language alone: a third language that shares stop words
    // with the detected one ("de", "un" in French and Spanish) is no reason to keep the
    // declared one. With no evidence at all for the declared language, less evidence will do
    // ("Compréhension des mécanismes liés aux échanges" has "des", "aux" and an accent).
    // About two stop words, when the declared language has none.
    constexpr double kEvidenceAgainstNone = 2.0;
    bool switch_language = false;
    if (other >= 0 && other != lang && lang >= 0 && detected.evidence >= kEvidenceAgainstNone) {
      double confidence = detected.confidence;
      if (confidence < 1.0) {
        const std::string_view pair[] = {detected.language, options.language};
        const text::DetectedLanguage two = text::DetectLanguage(text, pair);
        if (two.language == detected.language) confidence = two.confidence;
      }
      switch_language =
          confidence >= internal::mapping::kVerifyLanguageConfidence &&
          (detected.evidence >= internal::mapping::kVerifyLanguageEvidence || confidence == 1.0);
    }
    if (switch_language) {
      lang = other;
      result.language = detected.language;
      result.language_detected = true;
    }
  }
  if (lang < 0) return result;  // no labels in that language
  if (index.labels.empty() || text.size() > (std::uint32_t{1} << 30)) return result;

  // Job titles: the skills the title names, weighted by how specific they are to occupations.
  // Searched first: the skill search uses the same scratch buffers.
  thread_local std::vector<std::pair<std::uint32_t, float>> title_skills;
  title_skills.clear();
  if (params.skill_evidence_weight > 0.0f && !skill_occupations.empty()) {
    MatchOptions skill_options;
    skill_options.language = languages[static_cast<std::size_t>(lang)];
    skill_options.top_k = 5;
    skill_options.min_score = 0.5;
    skill_options.use_descriptions = false;
    MatchResult named = Search(internal::mapping::Pillar::kSkills, text, skill_options);
    for (const ConceptMatch& m : named.matches) {
      std::uint32_t c = m.concept_id.value();
      float occupations =
          static_cast<float>(skill_occupation_offsets[c + 1] - skill_occupation_offsets[c]);
      if (occupations > 0.0f)
        title_skills.emplace_back(c, static_cast<float>(m.score) / std::log(2.0f + occupations));
    }
  }

  internal::mapping::Scratch& s = internal::mapping::GetScratch();
  s.Reserve(index.labels.size(), concepts.size());
  query_analyzers[static_cast<std::size_t>(lang)].Analyze(text, s.tokens);
  // The query analysers do not stem: the stem of a word the labels write is known (word_stem),
  // others are stemmed here as the label analysers stem them (letter words only). Snowball was a
  // tenth of a short phrase's search.
  const auto language_byte = static_cast<std::uint8_t>(lang);
  thread_local std::string stemmed;
  auto stem_of = [&](std::string_view norm, std::uint32_t word,
                     std::string_view& stem_text) -> std::uint32_t {
    if (word != internal::mapping::kNoTerm && word_stem[word] != internal::mapping::kNoTerm) {
      stem_text = vocabulary.Text(word_stem[word]);
      return word_stem[word];
    }
    if (text::IsLetterWord(norm)) {
      stemmed = text::Stem(norm, languages[static_cast<std::size_t>(lang)]);
      stem_text = stemmed;
    } else {
      stem_text = norm;
    }
    return vocabulary.Find(language_byte, 's', stem_text);
  };

  // The text's content words for comparisons (MatchResult::terms), from the query tokens: idf in
  // the labels of the text's language, the largest idf for a word the labels never use
  // ("Kubernetes"); not the pillar's common words ("manage", "use").
  const bool want_terms =
      options.terms && content == nullptr && pillar == internal::mapping::Pillar::kSkills;
  const float max_idf = index.specificity_k / std::max(params.specificity, 1e-6f);
  double term_sum = 0.0;
  auto add_term = [&](const text::Token& t, std::string_view stem_text, std::uint32_t stem,
                      bool weak) {
    if (t.norm.size() < 2) return;
    float idf = max_idf;
    if (stem != internal::mapping::kNoTerm) {
      if (index.common[stem] != 0) return;
      if (index.idf[stem] > 0.0f) idf = index.idf[stem];
    }
    // Weak words weigh less, as in the search.
    if (weak) idf *= params.weak_factor;
    const std::uint64_t key = OutcomeTermKey(stem_text);
    for (const OutcomeTerm& o : result.terms) {
      if (o.key == key) return;
    }
    result.terms.push_back({std::string(t.norm), key, idf});
    term_sum += idf;
  };

  // Query tokens; parentheses; the head word of a title.
  s.query.clear();
  const std::size_t main_end = pillar == internal::mapping::Pillar::kOccupations
                                   ? internal::mapping::MainPartEnd(text)
                                   : text.size();
  int depth = 0;
  std::size_t cursor = 0;
  thread_local std::string joined_norm, joined_stem;
  std::uint32_t joined_words = 0;  // word positions after a joined word move back by one each
  // A text whose every content word has a capital ("Common Lisp", "English", "Microsoft Access")
  // is written as a name: there the capital of its first word names too.
  bool title_case = true;
  for (const text::Token& t : s.tokens)
    title_case =
        title_case && (!t.IsContent() || internal::mapping::StartsWithCapital(text, t.begin));
  for (std::size_t ti = 0; ti < s.tokens.size(); ++ti) {
    text::Token t = s.tokens[ti];
    t.position -= joined_words;
    bool joined = false;
    for (; cursor < t.begin; ++cursor) {
      if (text[cursor] == '(' || text[cursor] == '[') ++depth;
      if ((text[cursor] == ')' || text[cursor] == ']') && depth > 0) --depth;
    }
    // A word broken by a hyphen at a line end of a scraped PDF ("ges-tion", "commu-nication"):
    // two lower-case parts joined by a hyphen, no stop words ("vis-à-vis" is no visa), not both
    // words the labels write ("long-term", "savoir-faire" stay two), whose join the labels write,
    // are that word. Not a letter before the hyphen: no line is broken after one letter, and the
    // French "e-mail" is no "émail" (enamel; the folded join).
    if (ti + 1 < s.tokens.size() && t.IsContent() && t.norm.size() >= 2) {
      const text::Token& u = s.tokens[ti + 1];
      if (u.begin == t.end + 1 && text[t.end] == '-' && u.IsContent() &&
          !internal::mapping::StartsWithCapital(text, u.begin) && text::IsLetterWord(t.norm) &&
          text::IsLetterWord(u.norm) &&
          !(LabelsWrite(language_byte, t.norm) && LabelsWrite(language_byte, u.norm))) {
        joined_norm.assign(t.norm).append(u.norm);
        if (LabelsWrite(language_byte, joined_norm)) {
          joined_stem = text::Stem(joined_norm, languages[static_cast<std::size_t>(lang)]);
          t.norm = joined_norm;
          t.stem = joined_stem;
          t.end = u.end;
          joined = true;
          ++ti;
          ++joined_words;
        }
      }
    }
    if (!t.IsContent()) continue;
    if (content != nullptr && !std::binary_search(content->begin(), content->end(), t.begin))
      continue;
    QueryToken q;
    q.word = vocabulary.Find(language_byte, 'w', t.norm);
    std::string_view stem_text = t.stem;
    if (joined)
      q.stem = vocabulary.Find(language_byte, 's', t.stem);
    else
      q.stem = stem_of(t.norm, q.word, stem_text);
    q.position = t.position;
    q.begin = t.begin;
    q.end = t.end;
    q.paren = depth > 0;
    // A word in capitals ("LESS") names wherever it stands.
    q.capital = internal::mapping::StartsWithCapital(text, t.begin) &&
                (title_case || internal::mapping::StartsWithCapital(text, t.begin + 1) ||
                 !internal::mapping::OpensSegment(s.tokens, ti));
    q.letter = internal::mapping::OneCharacter(t.norm);
    q.weak = q.word != internal::mapping::kNoTerm && index.weak[q.word] != 0;
    // The noun of a light verb ("mettre en place") is weak, as in the labels.
    if (!q.weak && !s.query.empty() && q.stem != internal::mapping::kNoTerm &&
        s.query.back().stem != internal::mapping::kNoTerm)
      q.weak = LightVerbNoun(s.query.back().stem, s.query.back().position, q.stem, q.position);
    // Spelling slips (mapping/spelling.hpp): a word unknown to the labels and the weak lists,
    // whose stem no label of the pillar has (descriptions may), one edit from label words, is
    // read as the most common of them in this pillar (lowest idf; ties to the lowest id), matched
    // as a stem, never as the same word. Not a word the labels of another language write:
    // "production" is no slip for Spanish "producción" when a text is searched in Spanish too.
    if (t.norm.size() >= internal::mapping::kMinSpellingLength &&
        (q.stem == internal::mapping::kNoTerm || index.idf[q.stem] <= 0.0f) &&
        q.word == internal::mapping::kNoTerm) {
      near_spellings.Find(static_cast<std::uint8_t>(lang), t.norm, s.near);
      if (!s.near.empty() &&
          (AnyLabelsWrite(t.norm) || DerivedFromLabelWord(language_byte, t.norm)))
        s.near.clear();
      std::uint32_t best = internal::mapping::kNoTerm;
      float best_idf = 0.0f;
      for (std::uint32_t w : s.near) {
        const std::uint32_t stem = word_stem[w];
        if (stem >= index.idf.size() || index.idf[stem] <= 0.0f) continue;
        if (best == internal::mapping::kNoTerm || index.idf[stem] < best_idf) {
          best = w;
          best_idf = index.idf[stem];
        }
      }
      if (best != internal::mapping::kNoTerm) {
        q.stem = word_stem[best];
        q.weak = index.weak[best] != 0;
      }
    }
    if (options.terms) q.key = OutcomeTermKey(stem_text);
    // A verb used figuratively before this object is dropped: "drive the development", "shape
    // the product strategy", "drive the annual salary review". The object ends the noun phrase
    // after the verb: at most two stop words after the verb, then content words without a stop
    // word between them ("drive vehicles for business" keeps its verb).
    if (q.stem != internal::mapping::kNoTerm && !figurative_verbs.empty()) {
      std::uint32_t next = q.position;  // position of the phrase word after s.query[k]
      for (std::size_t k = s.query.size(); k-- > 0;) {
        const QueryToken& verb = s.query[k];
        if (next - verb.position > internal::mapping::kLightVerbGap) break;
        if (FigurativeVerb(verb.stem, q.stem)) {
          // Nor is it a content word of the text for comparisons.
          for (std::size_t j = 0; want_terms && j < result.terms.size(); ++j) {
            if (result.terms[j].key != verb.key) continue;
            term_sum -= result.terms[j].weight;
            result.terms.erase(result.terms.begin() + static_cast<std::ptrdiff_t>(j));
            break;
          }
          s.query.erase(s.query.begin() + static_cast<std::ptrdiff_t>(k));
          break;
        }
        // A word of the noun phrase before the object: the one before it must be next to it.
        if (next - verb.position != 1 ||
            q.position - verb.position > internal::mapping::kFigurativeObjectGap)
          break;
        next = verb.position;
      }
    }
    if (params.query_paren_factor != 1.0f && !q.paren && !q.weak)
      q.named = (q.stem < index.idf.size() && index.idf[q.stem] > 0.0f) || AnyLabelsWrite(t.norm);
    s.query.push_back(q);
    if (want_terms) add_term(t, stem_text, q.stem, q.weak);
  }
  for (OutcomeTerm& o : result.terms) o.weight = static_cast<float>(o.weight / term_sum);
  // English terms in a text of another language: two adjacent content words that English labels
  // write, one of them far more often than the text's language writes it (kEnglishTermIdfGap):
  // "machine learning", "big data", "change management", not "transport maritime". Letters and
  // two-letter words say little ("B) et l'utiliser" reads "B/L" in English).
  if (english_terms != nullptr) {
    english_terms->found = false;
    const int english = LanguageIndex("en");
    if (english >= 0 && english != lang) {
      const auto en_language = static_cast<std::uint8_t>(english);
      auto idf = [&](std::uint32_t stem) {
        return stem < index.idf.size() ? index.idf[stem] : 0.0f;  // 0: not in the pillar
      };
      bool previous_written = false, previous_leaning = false;
      std::uint32_t previous = 0;  // position of the previous content word
      for (const text::Token& t : s.tokens) {
        if (!t.IsContent()) continue;
        const bool written = t.norm.size() >= 3 && LabelsWrite(en_language, t.norm);
        bool leaning = false;
        if (written) {
          const std::uint32_t en = vocabulary.Find(en_language, 's', text::Stem(t.norm, "en"));
          const float en_idf = en == internal::mapping::kNoTerm ? 0.0f : idf(en);
          std::string_view own_text;
          const std::uint32_t own =
              stem_of(t.norm, vocabulary.Find(language_byte, 'w', t.norm), own_text);
          const float own_idf = own == internal::mapping::kNoTerm ? 0.0f : idf(own);
          leaning = en_idf > 0.0f &&
                    (own_idf <= 0.0f || own_idf - en_idf >= internal::mapping::kEnglishTermIdfGap);
        }
        if (written && previous_written && previous + 1 == t.position &&
            (leaning || previous_leaning)) {
          english_terms->found = true;
          break;
        }
        previous_written = written;
        previous_leaning = leaning;
        previous = t.position;
      }
      if (english_terms->found) {
        english_terms->content.clear();
        for (const QueryToken& q : s.query) english_terms->content.push_back(q.begin);
      }
    }
  }

  // Parentheses qualify a title that names something outside them ("Nurse (night shift)"). When
  // no word outside them does, only seniority or contract words or words no label of any
  // language has ("Intern (Marketing)", "Staff (Warehouse)"), the parentheses are the title. (A
  // word of another language's labels names: "Mobile Team Lead (Apps Development)" searched in
  // Spanish too must not read its parentheses whole there.)
  if (params.query_paren_factor != 1.0f) {
    bool named_outside = false;
    for (const QueryToken& q : s.query) named_outside = named_outside || q.named;
    if (!named_outside)
      for (QueryToken& q : s.query) q.paren = false;
  }

  std::uint32_t head = internal::mapping::kNoTerm;
  if (params.head_bonus != 1.0f) {
    bool first = internal::mapping::HeadFirst(languages[static_cast<std::size_t>(lang)]);
    for (const QueryToken& q : s.query) {
      if (q.begin >= main_end || q.paren || q.weak) continue;
      if (head == internal::mapping::kNoTerm || !first) head = q.stem;
      if (first) break;
    }
  }

  // Distinct query stems, sorted, with their occurrences.
  s.stems.clear();
  s.occurrences.clear();
  {
    s.window.clear();  // reused here as (stem, token index) pairs
    for (std::uint32_t i = 0; i < s.query.size(); ++i)
      if (s.query[i].stem != internal::mapping::kNoTerm) s.window.emplace_back(s.query[i].stem, i);
    std::sort(s.window.begin(), s.window.end());
    for (std::size_t i = 0; i < s.window.size();) {
      QueryStem qs;
      qs.stem = s.window[i].first;
      qs.occurrences_begin = static_cast<std::uint32_t>(s.occurrences.size());
      float paren = params.query_paren_factor;
      bool weak = true;  // every occurrence is a weak word
      qs.word = s.query[s.window[i].second].word;
      qs.key = s.query[s.window[i].second].key;
      for (; i < s.window.size() && s.window[i].first == qs.stem; ++i) {
        s.occurrences.push_back(s.window[i].second);
        if (!s.query[s.window[i].second].paren) paren = 1.0f;
        if (!s.query[s.window[i].second].weak) weak = false;
        if (s.query[s.window[i].second].word != qs.word) qs.several_words = true;
        if (s.query[s.window[i].second].capital) qs.capital = true;
        if (!s.query[s.window[i].second].letter) qs.letter = false;
      }
      qs.occurrences_count =
          static_cast<std::uint32_t>(s.occurrences.size()) - qs.occurrences_begin;
      qs.paren = paren;
      qs.factor = paren * (weak ? params.weak_factor : 1.0f);
      qs.weight = index.idf[qs.stem] * qs.factor;
      s.stems.push_back(qs);
    }
  }
  float query_weight = 0.0f;
  float query_terms = 0.0f;
  for (const QueryStem& qs : s.stems) {
    query_weight += qs.weight;
    if (qs.weight > 0.0f) query_terms += 1.0f;
  }
  if (query_weight <= 0.0f) return result;
  const float exponent = params.coverage_query_exponent +
                         (params.coverage_query_exponent_short - params.coverage_query_exponent) *
                             std::min(1.0f, params.short_text_terms / query_terms);

  // A small hash table of the query stems (open addressing) for the label scans.
  std::size_t table_size = 16;
  while (table_size < 4 * s.stems.size()) table_size *= 2;
  s.table.assign(table_size, -1);
  const std::size_t table_mask = table_size - 1;
  auto bucket = [&](std::uint32_t stem) {
    return static_cast<std::size_t>(std::uint32_t{stem * 2654435761u}) & table_mask;
  };
  for (std::size_t i = 0; i < s.stems.size(); ++i) {
    std::size_t b = bucket(s.stems[i].stem);
    while (s.table[b] >= 0) b = (b + 1) & table_mask;
    s.table[b] = static_cast<std::int32_t>(i);
  }
  // One bit per stem id modulo 512: most label words are not in the text, and the bit says so
  // without probing the table (a sentence's ~15 stems set 3% of the bits, not 23% of 64).
  std::array<std::uint64_t, 8> stem_bits{};
  for (const QueryStem& qs : s.stems)
    stem_bits[(qs.stem >> 6) & 7] |= std::uint64_t{1} << (qs.stem & 63);
  auto find_stem = [&](std::uint32_t stem) -> const QueryStem* {
    if (((stem_bits[(stem >> 6) & 7] >> (stem & 63)) & 1) == 0) return nullptr;
    for (std::size_t b = bucket(stem);; b = (b + 1) & table_mask) {
      std::int32_t i = s.table[b];
      if (i < 0) return nullptr;
      if (s.stems[static_cast<std::size_t>(i)].stem == stem)
        return &s.stems[static_cast<std::size_t>(i)];
    }
  };

  // How many concepts the caller will see (the re-ranker gets more; 0: all), and at least the
  // kNormalisingK whose candidates normalise the evidence: a concept's score must not depend on
  // how many matches are asked for.
  const std::size_t asked_k =
      options.reranker != nullptr ? std::max<std::size_t>(3 * options.top_k, 30) : options.top_k;
  const std::size_t wanted_k =
      asked_k == 0 ? 0 : std::max(asked_k, internal::mapping::kNormalisingK);
  const float description_bound =
      (options.use_descriptions && !index.description_offsets.empty() ? params.description_weight
                                                                      : 0.0f) +
      (title_skills.empty() ? 0.0f : params.skill_evidence_weight);
  const float head_bound = std::max(1.0f, params.head_bonus);
  const float min_order_factor = (1.0f - params.proximity_weight) * params.unordered_factor;
  // Best possible label score given a matched weight w (coverage 1, proximity 1).
  auto best_possible = [&](float w) {
    return internal::mapping::FastPow(std::min(1.0f, w / query_weight), exponent) *
           (w / (w + index.specificity_k)) * head_bound;
  };

  // Scores a label the first time a seed reaches it: exact matched weight (same word or only
  // same stem, parentheses), coverage of label and text, specificity, kind, head word, reuse
  // level. Only proximity and order are left for the exact stage; they can lower the score by
  // min_order_factor at most, which gives a lower bound.
  s.touched.clear();
  s.touched_concepts.clear();
  s.passing.clear();
  float max_lower = 0.0f;
  internal::mapping::MatchedFactors& matched_factors = s.matched_factors;
  matched_factors.Reset();
  auto matched_factor = [&](float matched) {
    return internal::mapping::MatchedFactors::Factors{
        internal::mapping::FastPow(std::min(1.0f, matched / query_weight), exponent),
        matched / (matched + index.specificity_k)};
  };
  // Seeds: each label once (`seen`), as its block offset.
  auto touch = [&](std::uint64_t seed) {
    const std::uint32_t label = internal::mapping::SeedLabel(seed);
    const std::uint32_t block = internal::mapping::SeedBlock(seed);
    std::uint64_t& word = s.seen[label >> 6];
    const std::uint64_t bit = std::uint64_t{1} << (label & 63);
    if (word & bit) return;
    word |= bit;
    s.touched.push_back(block);
  };
  auto score_label = [&](std::uint32_t block) {
    const std::uint32_t* b = index.blocks.data() + block;
    const std::uint32_t l = b[0];
    const std::uint32_t concept_id = b[1];
    const float label_weight = std::bit_cast<float>(b[2]);
    const std::uint32_t label_head = b[3];
    const std::uint32_t term_count = b[4] & 0xFF;
    const std::uint32_t kind = (b[4] >> 8) & 0xFF;
    const std::uint32_t flags = b[4] >> 16;
    float matched = 0.0f;
    float matched_any_form = 0.0f;  // same stem, whatever the word
    std::uint32_t matched_terms = 0;
    bool matched_word = false;  // a matched query word longer than one character
    const std::uint32_t* term = b + internal::mapping::kBlockHeader;
    for (std::uint32_t k = 0; k < term_count; ++k, term += internal::mapping::kBlockTerm) {
      const QueryStem* qs = find_stem(term[0]);
      if (qs == nullptr) continue;
      bool same_word = qs->word == term[1];
      for (std::uint32_t o = 1; o < qs->occurrences_count && !same_word && qs->several_words; ++o)
        same_word = s.query[s.occurrences[qs->occurrences_begin + o]].word == term[1];
      const float weight = std::bit_cast<float>(term[2]);
      matched_any_form += weight * qs->paren;
      // A name that is also a common word ("Source", "LESS") is matched by the same word written
      // with a capital; in lower case or in another form it is most likely the common word. Any
      // other name whose stem common words have is matched by its own word, in any case: another
      // word of the stem is most likely the common one ("solids" is not Solidity).
      const bool is_name = (term[3] & internal::mapping::kTermName) != 0;
      const bool name_form = (term[3] & internal::mapping::kTermNameForm) != 0;
      matched += weight * qs->paren *
                 (is_name     ? (same_word && qs->capital ? 1.0f : params.name_stem_factor)
                  : same_word ? 1.0f
                  : name_form ? params.name_stem_factor
                              : params.stem_only_factor);
      ++matched_terms;
      matched_word = matched_word || !qs->letter;
    }
    if (matched_any_form < params.min_coverage * label_weight) return;
    // One letter alone does not bring a label of more words: "b." or the "L" of "L'étudiant" read
    // as English are no bill of lading ("B/L"); "C" and "vitamin D" are matched whole.
    if (!matched_word && matched_terms < term_count) return;
    if ((flags & internal::mapping::kBlockSkillGroup) && !options.include_skill_groups) return;
    const internal::mapping::MatchedFactors::Factors& f =
        matched_factors.Get(matched, matched_factor);
    float score = (matched / label_weight) * f.coverage * f.specificity * params.kind_weight[kind];
    if (head != internal::mapping::kNoTerm && label_head == head) score *= params.head_bonus;
    if (params.head_missing_factor != 1.0f && label_head != internal::mapping::kNoTerm &&
        find_stem(label_head) == nullptr)
      score *= params.head_missing_factor;
    if (flags & internal::mapping::kBlockTransversal) score *= params.transversal_factor;
    if (flags & internal::mapping::kBlockOthersPreferred) score *= params.others_preferred_factor;
    float lower = matched_terms > 1 ? score * min_order_factor : score;
    s.passing.push_back({l, block, concept_id, score, matched, matched_terms});
    internal::mapping::ConceptScratch& cs = s.per_concept[concept_id];
    if (cs.upper == 0.0f) s.touched_concepts.push_back(concept_id);
    cs.upper_sum += score;
    cs.upper = std::max(cs.upper, score);
    cs.lower = std::max(cs.lower, lower);
    max_lower = std::max(max_lower, lower);
  };
  // The k-th best lower bound of the concepts seen so far (0 while there are fewer).
  auto threshold_of = [&](std::size_t k) -> float {
    if (s.touched_concepts.size() < k || k == 0) return 0.0f;
    s.lower_values.clear();
    for (std::uint32_t c : s.touched_concepts) s.lower_values.push_back(s.per_concept[c].lower);
    std::nth_element(s.lower_values.begin(),
                     s.lower_values.begin() + static_cast<std::ptrdiff_t>(k - 1),
                     s.lower_values.end(), std::greater<float>());
    return s.lower_values[k - 1];
  };
  auto threshold = [&]() { return threshold_of(wanted_k); };

  // Seeds: labels where two common query stems carry at least half of the weight, or that have no
  // rare stem (pair index), then the seed postings of each stem, heaviest first, until no label
  // reached only by the remaining stems could enter the top wanted_k.
  s.common_stems.clear();
  for (const QueryStem& qs : s.stems)
    if (qs.weight > 0.0f && index.common[qs.stem]) s.common_stems.push_back(qs.stem);
  for (std::size_t i = 0; i < s.common_stems.size(); ++i) {
    for (std::size_t j = i + 1; j < s.common_stems.size(); ++j) {
      std::uint64_t a = std::min(s.common_stems[i], s.common_stems[j]);
      std::uint64_t b = std::max(s.common_stems[i], s.common_stems[j]);
      auto it = std::lower_bound(index.pair_keys.begin(), index.pair_keys.end(), a << 32 | b);
      if (it == index.pair_keys.end() || *it != (a << 32 | b)) continue;
      auto k = static_cast<std::size_t>(it - index.pair_keys.begin());
      for (std::uint32_t p = index.pair_offsets[k]; p < index.pair_offsets[k + 1]; ++p)
        touch(index.pair_postings[p]);
    }
  }
  // Scores the seeds added since the last call, prefetching label blocks ahead: the index is
  // larger than the caches and the labels of a posting list are far apart.
  std::size_t scored = 0;
  auto score_touched = [&]() {
    constexpr std::size_t kAhead = 24;  // about one memory latency of label scoring
    const std::size_t n = s.touched.size();
    auto prefetch = [&](std::size_t i) {
      const char* block = reinterpret_cast<const char*>(&index.blocks[s.touched[i]]);
      __builtin_prefetch(block);
      __builtin_prefetch(block + 64);
    };
    // The first kAhead seeds of this batch too: most posting lists are shorter than kAhead.
    for (std::size_t i = scored; i < std::min(n, scored + kAhead); ++i) prefetch(i);
    for (std::size_t i = scored; i < n; ++i) {
      if (i + kAhead < n) prefetch(i + kAhead);
      score_label(s.touched[i]);
    }
    scored = n;
  };
  score_touched();
  s.order.clear();
  for (std::uint32_t i = 0; i < s.stems.size(); ++i)
    if (s.stems[i].weight > 0.0f) s.order.push_back(i);
  std::sort(s.order.begin(), s.order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return s.stems[a].weight > s.stems[b].weight;
  });
  // The posting lists of the stems are far apart: their heads are fetched together, not one stem
  // after the other.
  for (std::uint32_t i : s.order) __builtin_prefetch(&index.posting_offsets[s.stems[i].stem]);
  for (std::uint32_t i : s.order) {
    const std::uint32_t p = index.posting_offsets[s.stems[i].stem];
    __builtin_prefetch(index.postings.data() + p);
  }
  // A label not reached yet has only stems not processed yet, and maybe processed common stems:
  // those seed only the labels where they carry at least half of the weight, so a label with a
  // common stem and a heavier rare one is reached through the rare one, which can come later
  // when its weight in the text is lowered (a job title's parentheses).
  float remaining = query_weight;
  float common_processed = 0.0f;
  for (std::uint32_t i : s.order) {
    const QueryStem& qs = s.stems[i];
    const float aggregate_bound = 1.0f + internal::mapping::kOtherLabels * params.aggregate_weight;
    // The threshold is at most the best lower bound: only compute it when it can stop the loop.
    const float unseen_bound =
        best_possible(remaining + common_processed) * aggregate_bound + description_bound;
    if (unseen_bound < max_lower && unseen_bound < threshold()) break;
    remaining -= qs.weight;
    if (index.common[qs.stem]) common_processed += qs.weight;
    for (std::uint32_t p = index.posting_offsets[qs.stem]; p < index.posting_offsets[qs.stem + 1];
         ++p)
      touch(index.postings[p]);
    score_touched();
  }
  // Unmark the seeds (the label id heads its block, still in the cache).
  for (std::uint32_t block : s.touched) s.seen[index.blocks[block] >> 6] = 0;

  // Concepts that can still reach the top wanted_k are scored exactly. Those that can reach the
  // top kNormalisingK normalise the evidence: the same set whatever wanted_k (>= kNormalisingK)
  // is, because the seeding above went at least as far as it would for kNormalisingK and what
  // it adds beyond that scores below their threshold (docs/mapping.md, "Candidate generation").
  const float theta = threshold();
  const float theta_normalising = wanted_k == internal::mapping::kNormalisingK
                                      ? theta
                                      : threshold_of(internal::mapping::kNormalisingK);
  s.states.clear();
  for (std::uint32_t c : s.touched_concepts) {
    internal::mapping::ConceptScratch& cs = s.per_concept[c];
    float upper =
        cs.upper + params.aggregate_weight * (cs.upper_sum - cs.upper) + description_bound;
    if (upper < theta) continue;
    cs.slot = static_cast<std::int32_t>(s.states.size());
    CandidateState st;
    st.concept_id = c;
    st.normalises = upper >= theta_normalising;
    st.upper = cs.upper + params.aggregate_weight * (cs.upper_sum - cs.upper);
    s.states.push_back(st);
  }
  // The passing labels of each candidate, in passing order (a stable counting sort): a concept's
  // labels are scored in the order they were found, which decides ties between its labels.
  for (const internal::mapping::PassingLabel& pl : s.passing) {
    std::int32_t slot = s.per_concept[pl.concept_id].slot;
    if (slot >= 0) ++s.states[static_cast<std::size_t>(slot)].passing_end;
  }
  {
    std::uint32_t offset = 0;
    for (CandidateState& st : s.states) {
      st.passing_begin = offset;
      offset += st.passing_end;
      st.passing_end = st.passing_begin;
    }
    s.grouped.resize(offset);
    for (std::uint32_t i = 0; i < s.passing.size(); ++i) {
      std::int32_t slot = s.per_concept[s.passing[i].concept_id].slot;
      if (slot >= 0) s.grouped[s.states[static_cast<std::size_t>(slot)].passing_end++] = i;
    }
  }
  for (std::uint32_t c : s.touched_concepts) {
    internal::mapping::ConceptScratch& cs = s.per_concept[c];
    cs.upper = 0.0f;
    cs.upper_sum = 0.0f;
    cs.lower = 0.0f;
  }
  for (const CandidateState& st : s.states) s.per_concept[st.concept_id].slot = -1;

  // Exact score of one passing label of a candidate: proximity and order of its words in the text.
  auto score_exactly = [&](const internal::mapping::PassingLabel& pl, CandidateState& st) {
    // Without aggregation, a label that cannot beat the concept's best label is not needed.
    if (params.aggregate_weight == 0.0f && pl.score <= st.best) return;
    // The label's block was read by the candidate scoring: it is still in the cache.
    const std::uint32_t* terms = index.blocks.data() + pl.block + internal::mapping::kBlockHeader;
    const std::uint32_t term_count = index.blocks[pl.block + 4] & 0xFF;
    // Smallest window of the text holding every matched label word.
    s.window.clear();
    for (std::uint32_t k = 0; k < term_count; ++k) {
      const QueryStem* qs = find_stem(terms[k * internal::mapping::kBlockTerm]);
      if (qs == nullptr) continue;
      for (std::uint32_t o = 0; o < qs->occurrences_count; ++o)
        s.window.emplace_back(s.occurrences[qs->occurrences_begin + o], k);
    }
    std::sort(s.window.begin(), s.window.end());
    const std::uint32_t matched_terms = pl.matched_terms;
    std::uint32_t best_first = 0, best_last = 0;
    std::uint32_t best_span = ~std::uint32_t{0};
    {
      std::uint32_t counts[internal::mapping::kMaxLabelTerms] = {};
      std::uint32_t distinct = 0;
      std::size_t left = 0;
      for (std::size_t right = 0; right < s.window.size(); ++right) {
        if (counts[s.window[right].second]++ == 0) ++distinct;
        while (distinct == matched_terms) {
          std::uint32_t span =
              s.query[s.window[right].first].position - s.query[s.window[left].first].position + 1;
          if (span < best_span) {
            best_span = span;
            best_first = static_cast<std::uint32_t>(left);
            best_last = static_cast<std::uint32_t>(right);
          }
          if (--counts[s.window[left].second] == 0) --distinct;
          ++left;
        }
      }
    }
    float proximity = 1.0f;
    bool ordered = true;
    std::uint32_t evidence_begin = s.query[s.window[best_first].first].begin;
    std::uint32_t evidence_end = s.query[s.window[best_first].first].end;
    if (matched_terms > 1) {
      std::uint32_t seen = 0;
      int last_label_position = -1;
      std::uint32_t min_label = ~std::uint32_t{0}, max_label = 0;
      for (std::uint32_t w = best_first; w <= best_last; ++w) {
        const QueryToken& q = s.query[s.window[w].first];
        evidence_begin = std::min(evidence_begin, q.begin);
        evidence_end = std::max(evidence_end, q.end);
        std::uint32_t k = s.window[w].second;
        if (seen & (1u << k)) continue;
        seen |= 1u << k;
        int label_position = static_cast<int>(terms[k * internal::mapping::kBlockTerm + 3] &
                                              internal::mapping::kTermPositionMask);
        if (label_position < last_label_position) ordered = false;
        last_label_position = label_position;
        min_label = std::min<std::uint32_t>(min_label, static_cast<std::uint32_t>(label_position));
        max_label = std::max<std::uint32_t>(max_label, static_cast<std::uint32_t>(label_position));
      }
      float label_span = static_cast<float>(max_label - min_label + 1);
      proximity = std::min(1.0f, label_span / static_cast<float>(best_span));
    }
    float score = pl.score * (1.0f - params.proximity_weight * (1.0f - proximity)) *
                  (ordered ? 1.0f : params.unordered_factor);

    float dropped = score;
    if (score > st.best) {
      dropped = st.best;
      st.best = score;
      st.best_label = pl.label;
      st.evidence_begin = evidence_begin;
      st.evidence_end = evidence_end;
    }
    if (dropped > 0.0f) {
      float* smallest = std::min_element(st.others, st.others + internal::mapping::kOtherLabels);
      if (dropped > *smallest) *smallest = dropped;
    }
  };

  // Description evidence (BM25 of the text against the description), normalised to the best
  // candidate.
  std::vector<float>& description_scores = s.description_scores;
  description_scores.assign(s.states.size(), 0.0f);
  float description_max = 0.0f;
  if (options.use_descriptions && params.description_weight > 0.0f &&
      !index.description_offsets.empty()) {
    constexpr float kK1 = 1.2f, kB = 0.75f;
    // The descriptions of the candidates are far apart in memory: prefetch the offsets two
    // candidates ahead and the terms one ahead.
    const std::size_t n = s.states.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (i + 2 < n) {
        __builtin_prefetch(&index.description_offsets[s.states[i + 2].concept_id]);
        __builtin_prefetch(&index.description_length[s.states[i + 2].concept_id]);
      }
      if (i + 1 < n)
        __builtin_prefetch(
            &index.description_terms[index.description_offsets[s.states[i + 1].concept_id]]);
      std::uint32_t c = s.states[i].concept_id;
      std::uint32_t begin = index.description_offsets[c];
      std::uint32_t end = index.description_offsets[c + 1];
      if (begin == end) continue;
      float length_norm =
          1.0f - kB +
          kB * static_cast<float>(index.description_length[c]) / index.description_avg_length;
      // Both the query stems and the description terms are sorted by stem, and the terms are
      // summed in stem order. A short query looks each stem up by binary search in what is left
      // of the description; a long one reads the description once, through the query's stem
      // filter (about 8 probes of a binary search cost as much as reading 8 terms).
      float sum = 0.0f;
      const internal::mapping::DescriptionTerm* first = index.description_terms.data() + begin;
      const internal::mapping::DescriptionTerm* last = index.description_terms.data() + end;
      auto add = [&](const QueryStem& qs, float tf) {
        sum += index.description_idf[qs.stem] * qs.factor * tf * (kK1 + 1.0f) /
               (tf + kK1 * length_norm);
      };
      if (8 * s.stems.size() >= end - begin) {
        for (; first != last; ++first) {
          const QueryStem* qs = find_stem(first->stem);
          if (qs != nullptr) add(*qs, first->count);
        }
      } else {
        for (const QueryStem& qs : s.stems) {
          first = std::lower_bound(first, last, qs.stem,
                                   [](const internal::mapping::DescriptionTerm& t,
                                      std::uint32_t stem) { return t.stem < stem; });
          if (first == last) break;
          if (first->stem != qs.stem) continue;
          add(qs, first->count);
        }
      }
      description_scores[i] = sum;
      if (s.states[i].normalises) description_max = std::max(description_max, sum);
    }
  }

  // Skill evidence of job titles, normalised to the best candidate.
  std::vector<float>& skill_scores = s.skill_scores;
  skill_scores.assign(s.states.size(), 0.0f);
  float skill_max = 0.0f;
  for (std::size_t i = 0; i < s.states.size() && !title_skills.empty(); ++i) {
    for (const auto& [skill, weight] : title_skills) {
      auto begin = skill_occupations.begin() + skill_occupation_offsets[skill];
      auto end = skill_occupations.begin() + skill_occupation_offsets[skill + 1];
      if (std::binary_search(begin, end, s.states[i].concept_id)) skill_scores[i] += weight;
    }
    if (s.states[i].normalises) skill_max = std::max(skill_max, skill_scores[i]);
  }

  // Exact scores and raw scores, candidates by descending bound: once wanted_k raw scores are
  // known, a candidate whose bound (upper + its evidence) is below the k-th of them cannot be
  // returned and is not scored exactly (its raw score is at most its bound).
  // A candidate outside the normalising ones (only when more than kNormalisingK are wanted) may
  // have more evidence than they have: capped at the weight.
  auto evidence = [&](std::size_t i, float raw) {
    if (description_max > 0.0f)
      raw += description_scores[i] > description_max
                 ? params.description_weight
                 : params.description_weight * description_scores[i] / description_max;
    if (skill_max > 0.0f)
      raw += skill_scores[i] > skill_max
                 ? params.skill_evidence_weight
                 : params.skill_evidence_weight * skill_scores[i] / skill_max;
    return raw;
  };
  s.order.clear();
  for (std::uint32_t i = 0; i < s.states.size(); ++i) {
    s.states[i].upper = evidence(i, s.states[i].upper);
    s.order.push_back(i);
  }
  std::sort(s.order.begin(), s.order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return s.states[a].upper > s.states[b].upper;
  });
  // Without a re-ranker, a concept whose calibrated score would be below min_score is not
  // returned either: the raw score min_score corresponds to is a second cut-off (with slack).
  float min_raw = -1.0f;
  if (options.reranker == nullptr && options.min_score > 0.0 && options.min_score < 1.0)
    min_raw = static_cast<float>(params.calibration_midpoint +
                                 std::log(options.min_score / (1.0 - options.min_score)) /
                                     params.calibration_slope) -
              1e-4f;
  s.top_raw.clear();
  s.ranked.clear();
  for (std::uint32_t i : s.order) {
    CandidateState& st = s.states[i];
    // Relative slack: the bound and the raw score are summed in different orders.
    const float bound = st.upper * 1.0001f + 1e-6f;
    if (bound < min_raw) break;
    if (wanted_k > 0 && s.top_raw.size() == wanted_k && bound < s.top_raw.front()) break;
    for (std::uint32_t g = st.passing_begin; g < st.passing_end; ++g)
      score_exactly(s.passing[s.grouped[g]], st);
    if (st.best <= 0.0f) continue;
    float others = 0.0f;
    for (float o : st.others) others += o;
    st.raw = evidence(i, st.best + params.aggregate_weight * others);
    s.ranked.push_back(i);
    if (wanted_k == 0) continue;
    if (s.top_raw.size() < wanted_k) {
      s.top_raw.push_back(st.raw);
      std::push_heap(s.top_raw.begin(), s.top_raw.end(), std::greater<float>());
    } else if (st.raw > s.top_raw.front()) {
      std::pop_heap(s.top_raw.begin(), s.top_raw.end(), std::greater<float>());
      s.top_raw.back() = st.raw;
      std::push_heap(s.top_raw.begin(), s.top_raw.end(), std::greater<float>());
    }
  }
  const std::size_t wanted = std::min(s.ranked.size(), wanted_k);
  auto by_raw = [&](std::uint32_t a, std::uint32_t b) {
    if (s.states[a].raw != s.states[b].raw) return s.states[a].raw > s.states[b].raw;
    return s.states[a].concept_id < s.states[b].concept_id;
  };
  std::partial_sort(s.ranked.begin(), s.ranked.begin() + static_cast<std::ptrdiff_t>(wanted),
                    s.ranked.end(), by_raw);

  const std::string_view display = options.display_language.empty()
                                       ? std::string_view(result.language)
                                       : std::string_view(options.display_language);
  // The records the matches' strings are found through are far apart in memory: prefetched
  // together, so that their cache misses overlap (the matches view the strings, not copy them).
  const int display_index = LanguageIndex(display);
  for (std::size_t i = 0; i < wanted; ++i) {
    const CandidateState& st = s.states[s.ranked[i]];
    __builtin_prefetch(&index.labels[st.best_label]);
    __builtin_prefetch(&concepts[st.concept_id]);
    if (display_index >= 0)
      __builtin_prefetch(&preferred[static_cast<std::size_t>(display_index)][st.concept_id]);
  }
  auto fill = [&](const CandidateState& st, ConceptMatch& m) {
    m.concept_id = ConceptId{st.concept_id};
    m.raw_score = st.raw;
    m.score = 1.0 / (1.0 + std::exp(-params.calibration_slope *
                                    (static_cast<double>(st.raw) - params.calibration_midpoint)));
    m.evidence_begin = st.evidence_begin;
    m.evidence_end = st.evidence_end;
    const internal::mapping::LabelRecord& r = index.labels[st.best_label];
    m.matched_label = String(r.text_offset, r.text_size);
    m.matched_language = languages[r.language];
    if (options.terms) {
      for (std::uint32_t k = r.first_term; k < r.first_term + r.term_count; ++k) {
        const QueryStem* qs = find_stem(index.terms[k].stem);
        if (qs != nullptr && std::find(m.matched_words.begin(), m.matched_words.end(), qs->key) ==
                                 m.matched_words.end())
          m.matched_words.push_back(qs->key);
      }
    }
  };
  auto finish = [&](ConceptMatch& m) {
    m.uri = UriOf(m.concept_id.value());
    m.label = PreferredLabelOf(m.concept_id.value(), display);
    m.evidence = std::string(text.substr(m.evidence_begin, m.evidence_end - m.evidence_begin));
  };
  if (options.reranker == nullptr) {
    // The ranking is final: the matches are built in place, strings only for those returned.
    result.matches.reserve(std::min(wanted, options.top_k));
    for (std::size_t i = 0; i < wanted && result.matches.size() < options.top_k; ++i) {
      const CandidateState& st = s.states[s.ranked[i]];
      const double score =
          1.0 / (1.0 + std::exp(-params.calibration_slope *
                                (static_cast<double>(st.raw) - params.calibration_midpoint)));
      if (score < options.min_score) continue;
      ConceptMatch& m = result.matches.emplace_back();
      fill(st, m);
      finish(m);
    }
    return result;
  }
  std::vector<ConceptMatch> candidates(wanted);
  for (std::size_t i = 0; i < wanted; ++i) fill(s.states[s.ranked[i]], candidates[i]);
  options.reranker->Rerank(candidates);
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const ConceptMatch& a, const ConceptMatch& b) { return a.score > b.score; });
  for (ConceptMatch& m : candidates) {
    if (result.matches.size() >= options.top_k) break;
    if (m.score < options.min_score) continue;
    finish(m);
    result.matches.push_back(std::move(m));
  }
  return result;
}

int SkillMapper::Impl::DetectByVocabulary(internal::mapping::Pillar pillar, std::string_view text,
                                          int detected, double evidence, int& second) const {
  const internal::mapping::PillarIndex& index = pillars[static_cast<std::size_t>(pillar)];
  second = -1;
  // Each word of three letters or more that is not a stop word counts 1 for the languages whose
  // labels write it, shared among them ("communication" says little, "clientes" says Spanish).
  std::vector<double> score(languages.size(), 0.0);
  std::vector<int> own(languages.size(), 0);  // words only that language's labels write
  if (detected >= 0) score[static_cast<std::size_t>(detected)] += evidence;
  thread_local text::TokenList tokens;
  text::AnalyzerOptions options;
  options.stem = false;
  options.mark_boilerplate = false;
  text::Analyzer(languages[0], options).Analyze(text, tokens);
  // How typical of each language's labels the words are: a word's share of the labels of a
  // language that write it, relative to the other languages writing it ("responsable" in 606 of
  // the French occupation labels and 466 of the Spanish ones; "cuisinier" in 20 French ones and
  // one English one, "patron cuisinier"). It breaks ties only: English labels are more numerous
  // and would lose words they share with French ones.
  std::vector<double> typical(languages.size(), 0.0);
  std::vector<double> rate(languages.size(), 0.0);
  std::vector<std::size_t> having;
  // An abbreviation of a language's analyser counts as a word of that language ("RH": French),
  // even of two letters, and as wholly typical of it (a label word's rate is a share of labels,
  // below 1). So does a weak word of the pillar that one language's list alone has: job-ad words
  // of that language ("cdi", "stagiaire"), not words several lists have ("senior", "junior"),
  // nor letters and grades ("h", "3").
  const int english = LanguageIndex("en");
  // A gender mark or marker counts for the languages that write it, as a word of theirs.
  auto count_mark = [&](std::string_view mark) {
    having.clear();
    for (std::size_t l = 0; l < languages.size(); ++l)
      if (text::IsGenderMark(mark, languages[l])) having.push_back(l);
    for (std::size_t l : having) {
      score[l] += 1.0 / static_cast<double>(having.size());
      typical[l] += 1.0 / static_cast<double>(having.size());
    }
    if (having.size() == 1) ++own[having.front()];
  };
  // The gender markers of job ads (text::GenderMarkerEnd) that one language writes ("H/F" and
  // "F/H" French, "m/w/d" German) count as a word of that language, wholly typical of it:
  // "Commercial H/F" is French, though English labels write "commercial" too.
  std::string marker;
  for (std::size_t i = 0; i < tokens.size();) {
    const std::size_t end = text::GenderMarkerEnd(text, tokens, i);
    if (end == i) {
      ++i;
      continue;
    }
    marker.assign(tokens[i].norm);
    for (std::size_t k = i + 1; k < end; ++k) marker.append("/").append(tokens[k].norm);
    count_mark(marker);
    i = end;
  }
  for (const text::Token& t : tokens) {
    having.clear();
    double rates = 0.0;
    int weak_only = -1;  // the one language whose weak list has the word; -2 for several
    for (std::size_t l = 0;
         l < languages.size() && t.norm.size() >= 3 && text::IsLetterWord(t.norm); ++l) {
      const std::uint32_t w = vocabulary.Find(static_cast<std::uint8_t>(l), 'w', t.norm);
      if (w == internal::mapping::kNoTerm || w >= index.weak.size() || index.weak[w] == 0) continue;
      weak_only = weak_only == -1 ? static_cast<int>(l) : -2;
    }
    // English spelling has no accents: a word written with one ("é", "ç", "œ") is no English
    // word, even where English labels write its folded form ("Compétences productives": English
    // labels write "competences").
    const bool accented = text::HasAccent(text.substr(t.begin, t.end - t.begin));
    for (std::size_t l = 0; l < languages.size(); ++l) {
      if (text::IsStopWord(t.norm, languages[l])) {
        having.clear();
        break;
      }
      if (accented && static_cast<int>(l) == english) continue;
      if (text::IsAbbreviation(t.norm, languages[l]) || weak_only == static_cast<int>(l)) {
        rate[l] = 1.0;
      } else {
        const std::uint32_t id = t.norm.size() < 3
                                     ? internal::mapping::kNoTerm
                                     : LabelWord(static_cast<std::uint8_t>(l), t.norm);
        if (id == internal::mapping::kNoTerm) continue;
        rate[l] = static_cast<double>(word_labels[id]) /
                  std::max(1.0, static_cast<double>(language_labels[l]));
      }
      having.push_back(l);
      rates += rate[l];
    }
    for (std::size_t l : having) {
      score[l] += 1.0 / static_cast<double>(having.size());
      typical[l] += rate[l] / rates;
    }
    if (having.size() == 1) ++own[having.front()];
    // A gender mark after the word ("Assistant(e) Commercial(e)", "Director(a)") counts for the
    // languages that write it, as a word of theirs: the title's words may all be shared.
    if (!text::IsLetterWord(t.norm)) continue;
    const std::string mark = text::GenderMarkAfter(text, t.end);
    if (!mark.empty()) count_mark(mark);
  }
  // The language with the most points. On a tie the stop-word guess (else the first language, the
  // fallback) keeps the text when it is one of the best ("SQL Java" says nothing); when it is not,
  // the one whose labels the words are most typical of is taken: "Responsable RH" is French or
  // Spanish, never English, and "responsable" is more typical of French labels.
  std::size_t best = 0;
  for (std::size_t l = 1; l < languages.size(); ++l) {
    if (score[l] > score[best] || (score[l] == score[best] && typical[l] > typical[best])) best = l;
  }
  const auto fallback = static_cast<std::size_t>(detected >= 0 ? detected : 0);
  const int chosen =
      !(score[best] > 0.0) || score[fallback] >= score[best] ? detected : static_cast<int>(best);
  // The best other language with a word of its own ("développeur"; not "manager", which
  // several write), when close enough to the one chosen (or to the best, when the stop-word
  // guess was kept on a tie).
  const std::size_t first = static_cast<std::size_t>(chosen >= 0 ? chosen : 0);
  const double bar = internal::mapping::kSecondLanguageShare * std::max(score[first], score[best]);
  for (std::size_t l = 0; l < languages.size(); ++l) {
    if (l == first || score[l] < bar) continue;
    // Without a word of its own, a language tied with the one chosen whose labels the words are
    // far more typical of ("Cuisinier": 20 French occupation labels, one English alternative).
    if (own[l] == 0 && !(score[l] == score[first] &&
                         typical[l] > internal::mapping::kTypicalRatio * typical[first]))
      continue;
    if (second < 0 || score[l] > score[static_cast<std::size_t>(second)])
      second = static_cast<int>(l);
  }
  return chosen;
}

namespace internal::mapping {

void MergeBetterMatches(std::vector<ConceptMatch>& into, std::vector<ConceptMatch> more) {
  for (ConceptMatch& m : more) {
    // By URI, what identifies a concept to every caller.
    auto same = std::find_if(into.begin(), into.end(),
                             [&](const ConceptMatch& r) { return r.uri == m.uri; });
    if (same == into.end()) {
      into.push_back(std::move(m));
    } else if (m.score > same->score) {
      *same = std::move(m);
    }
  }
  std::stable_sort(into.begin(), into.end(),
                   [](const ConceptMatch& a, const ConceptMatch& b) { return a.score > b.score; });
}

}  // namespace internal::mapping

MatchResult SkillMapper::Impl::SearchAll(internal::mapping::Pillar pillar, std::string_view text,
                                         const MatchOptions& options) const {
  // No language given: detected here (Search() takes a language), and a text that two languages
  // could have written is searched in both (kSecondLanguageShare). Each concept keeps its better
  // score; the text is taken to be in the language whose search found the best match (the first one
  // on a tie), and every label is shown in that language.
  if (options.language.empty() && !languages.empty()) {
    const text::DetectedLanguage detected = text::DetectLanguage(text, language_views);
    int first = LanguageIndex(detected.language);
    int second = -1;
    if (detected.evidence < internal::mapping::kVerifyLanguageEvidence && languages.size() > 1)
      first = DetectByVocabulary(pillar, text, first, detected.evidence, second);
    MatchOptions one = options;
    one.verify_language = false;
    one.language = languages[static_cast<std::size_t>(std::max(first, 0))];
    MatchResult result = SearchAll(pillar, text, one);
    result.language_detected = first >= 0;
    if (second < 0 || second == first) return result;
    one.language = languages[static_cast<std::size_t>(second)];
    MatchResult other = SearchAll(pillar, text, one);
    other.language_detected = true;
    const auto best = [](const MatchResult& r) {
      return r.matches.empty() ? -1.0 : r.matches.front().score;
    };
    if (best(other) > best(result)) std::swap(result, other);
    if (other.matches.empty()) return result;
    const std::string_view display = options.display_language.empty()
                                         ? std::string_view(result.language)
                                         : std::string_view(options.display_language);
    for (ConceptMatch& m : other.matches) m.label = PreferredLabelOf(m.concept_id.value(), display);
    internal::mapping::MergeBetterMatches(result.matches, std::move(other.matches));
    if (result.matches.size() > options.top_k) result.matches.resize(options.top_k);
    return result;
  }
  EnglishTerms english_terms;
  MatchResult result = Search(pillar, text, options, &english_terms);
  if (!english_terms.found) return result;
  MatchOptions english = options;
  english.language = "en";
  english.verify_language = false;
  english.min_score = std::max(
      options.min_score, internal::mapping::kEnglishTermMinScore[static_cast<std::size_t>(pillar)]);
  if (english.display_language.empty()) english.display_language = result.language;
  MatchResult extra = Search(pillar, text, english, nullptr, &english_terms.content);
  if (extra.matches.empty()) return result;
  // A concept found both ways keeps its better match; on equal scores the text's own language
  // ranks first. Both lists are the top k of scores that do not depend on k, so the top k of the
  // merged list is exact.
  internal::mapping::MergeBetterMatches(result.matches, std::move(extra.matches));
  if (result.matches.size() > options.top_k) result.matches.resize(options.top_k);
  return result;
}

MatchResult SkillMapper::MapSkills(std::string_view text, const MatchOptions& options) const {
  return impl_->SearchAll(internal::mapping::Pillar::kSkills, text, options);
}

MatchResult SkillMapper::MapOccupations(std::string_view text, const MatchOptions& options) const {
  return impl_->SearchAll(internal::mapping::Pillar::kOccupations, text, options);
}

}  // namespace credmatch
