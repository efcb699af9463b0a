// Searching a pillar index: text -> ranked concepts (docs/mapping.md, "Scoring").
//
// 1. The text is analysed in its language (detected when not given); content tokens are looked
//    up as stems of that language.
// 2. Every posting of every query stem adds the stem's weight to its label (a dense accumulator;
//    no allocation). This is an upper bound of the label's matched weight.
// 3. Labels covering less than min_coverage of their weight are dropped; the others give an upper
//    bound of their concept's score. The best concepts by bound are scored exactly: coverage of
//    the label and of the text, specificity, proximity and order of the matched words in the
//    text, same word or only same stem, label kind, head word, other labels of the concept,
//    description evidence and reuse level.
// 4. The raw score is calibrated to [0, 1] with a logistic function.
#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include <vector>

#include "mapping/index.hpp"

namespace credmatch {
namespace internal {
namespace {

struct QueryToken {
  std::uint32_t stem = kNoTerm;  // kNoTerm: unknown to the index
  std::uint32_t word = kNoTerm;
  std::uint32_t position = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool paren = false;
  bool weak = false;
};

struct QueryStem {
  std::uint32_t stem = 0;
  float weight = 0.0f;                  // idf * weak factor * paren factor (label index)
  float factor = 1.0f;                  // weak factor * paren factor
  std::uint32_t occurrences_begin = 0;  // into Scratch::occurrences (query token indexes)
  std::uint32_t occurrences_count = 0;
};

constexpr int kOtherLabels = 4;

struct CandidateState {
  std::uint32_t concept_id = 0;
  float best = -1.0f;
  std::uint32_t best_label = 0;
  std::uint32_t evidence_begin = 0;
  std::uint32_t evidence_end = 0;
  float others[kOtherLabels] = {0, 0, 0, 0};
  float raw = 0.0f;
};

struct Scratch {
  std::vector<float> accumulator;  // per label
  std::vector<std::uint32_t> touched;
  std::vector<float> bound;  // per concept_id
  std::vector<std::int32_t> slot;
  std::vector<std::uint32_t> touched_concepts;
  std::vector<CandidateState> states;
  text::TokenList tokens;
  std::vector<QueryToken> query;
  std::vector<QueryStem> stems;
  std::vector<std::uint32_t> occurrences;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> window;  // (query token, label term)
  std::vector<float> description_scores;
  std::string key;

  void Reserve(std::size_t labels, std::size_t concepts) {
    if (accumulator.size() < labels) accumulator.resize(labels, 0.0f);
    if (bound.size() < concepts) {
      bound.resize(concepts, 0.0f);
      slot.resize(concepts, -1);
    }
  }
};

Scratch& GetScratch() {
  thread_local Scratch scratch;
  return scratch;
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
}  // namespace internal

using internal::CandidateState;
using internal::QueryStem;
using internal::QueryToken;

MatchResult SkillMapper::Impl::Search(internal::Pillar pillar, std::string_view text,
                                      const MatchOptions& options) const {
  MatchResult result;
  if (languages.empty()) return result;
  const internal::PillarIndex& index = pillars[static_cast<std::size_t>(pillar)];
  const internal::MapperScoringParams& params = index.params;

  // Language.
  int lang = -1;
  if (!options.language.empty()) {
    lang = LanguageIndex(options.language);
    result.language = options.language;
    if (lang < 0) return result;  // no labels in that language
  } else {
    text::DetectedLanguage detected = text::DetectLanguage(text, language_views);
    lang = LanguageIndex(detected.language);
    result.language_detected = lang >= 0;
    if (lang < 0) lang = 0;
    result.language = languages[static_cast<std::size_t>(lang)];
  }
  if (index.labels.empty() || text.size() > (std::uint32_t{1} << 30)) return result;

  internal::Scratch& s = internal::GetScratch();
  s.Reserve(index.labels.size(), concepts.size());
  query_analyzers[static_cast<std::size_t>(lang)].Analyze(text, s.tokens);

  // Query tokens; parentheses; the head word of a title.
  s.query.clear();
  const std::size_t main_end =
      pillar == internal::Pillar::kOccupations ? internal::MainPartEnd(text) : text.size();
  int depth = 0;
  std::size_t cursor = 0;
  auto make_key = [&](char tag, std::string_view value) -> std::string_view {
    s.key.clear();
    s.key.push_back(static_cast<char>(lang));
    s.key.push_back(tag);
    s.key.append(value);
    return s.key;
  };
  for (const text::Token& t : s.tokens) {
    for (; cursor < t.begin; ++cursor) {
      if (text[cursor] == '(' || text[cursor] == '[') ++depth;
      if ((text[cursor] == ')' || text[cursor] == ']') && depth > 0) --depth;
    }
    if (!t.IsContent()) continue;
    QueryToken q;
    q.stem = vocabulary.Find(make_key('s', t.stem));
    q.word = vocabulary.Find(make_key('w', t.norm));
    q.position = t.position;
    q.begin = t.begin;
    q.end = t.end;
    q.paren = depth > 0;
    q.weak = q.stem != internal::kNoTerm && index.weak[q.stem] != 0;
    s.query.push_back(q);
  }
  std::uint32_t head = internal::kNoTerm;
  if (params.head_bonus != 1.0f) {
    bool first = internal::HeadFirst(languages[static_cast<std::size_t>(lang)]);
    for (const QueryToken& q : s.query) {
      if (q.begin >= main_end || q.paren || q.weak) continue;
      if (head == internal::kNoTerm || !first) head = q.stem;
      if (first) break;
    }
  }

  // Distinct query stems, sorted, with their occurrences.
  s.stems.clear();
  s.occurrences.clear();
  {
    s.window.clear();  // reused here as (stem, token index) pairs
    for (std::uint32_t i = 0; i < s.query.size(); ++i)
      if (s.query[i].stem != internal::kNoTerm) s.window.emplace_back(s.query[i].stem, i);
    std::sort(s.window.begin(), s.window.end());
    for (std::size_t i = 0; i < s.window.size();) {
      QueryStem qs;
      qs.stem = s.window[i].first;
      qs.occurrences_begin = static_cast<std::uint32_t>(s.occurrences.size());
      float paren = params.paren_factor;
      for (; i < s.window.size() && s.window[i].first == qs.stem; ++i) {
        s.occurrences.push_back(s.window[i].second);
        if (!s.query[s.window[i].second].paren) paren = 1.0f;
      }
      qs.occurrences_count =
          static_cast<std::uint32_t>(s.occurrences.size()) - qs.occurrences_begin;
      qs.factor = paren * (index.weak[qs.stem] ? params.weak_factor : 1.0f);
      qs.weight = index.idf[qs.stem] * qs.factor;
      s.stems.push_back(qs);
    }
  }
  float query_weight = 0.0f;
  for (const QueryStem& qs : s.stems) query_weight += qs.weight;
  if (query_weight <= 0.0f) return result;

  // Accumulate postings.
  s.touched.clear();
  for (const QueryStem& qs : s.stems) {
    if (qs.weight <= 0.0f) continue;
    const std::uint32_t* p = index.postings.data() + index.posting_offsets[qs.stem];
    const std::uint32_t* end = index.postings.data() + index.posting_offsets[qs.stem + 1];
    for (; p != end; ++p) {
      float& a = s.accumulator[*p];
      if (a == 0.0f) s.touched.push_back(*p);
      a += qs.weight;
    }
  }

  // Upper bounds per concept.
  const float head_bound = std::max(1.0f, params.head_bonus);
  s.touched_concepts.clear();
  for (std::uint32_t l : s.touched) {
    const internal::LabelRecord& r = index.labels[l];
    float acc = s.accumulator[l];
    if (acc < params.min_coverage * r.weight) continue;
    ConceptKind kind = concepts[r.concept_id].kind;
    if (kind == ConceptKind::kSkillGroup && !options.include_skill_groups) continue;
    float coverage = std::min(1.0f, acc / r.weight);
    float coverage_query = std::min(1.0f, acc / query_weight);
    float bound = coverage * std::pow(coverage_query, params.coverage_query_exponent) *
                  (acc / (acc + params.specificity_k)) * params.kind_weight[r.kind] * head_bound;
    float& b = s.bound[r.concept_id];
    if (b == 0.0f) s.touched_concepts.push_back(r.concept_id);
    b = std::max(b, bound);
  }

  // The best concepts by bound are scored exactly.
  const std::size_t keep =
      std::min(s.touched_concepts.size(), std::max<std::size_t>(4 * options.top_k, 50));
  std::nth_element(s.touched_concepts.begin(),
                   s.touched_concepts.begin() + static_cast<std::ptrdiff_t>(keep),
                   s.touched_concepts.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return s.bound[a] > s.bound[b]; });
  s.states.clear();
  for (std::size_t i = 0; i < keep; ++i) {
    std::uint32_t c = s.touched_concepts[i];
    s.slot[c] = static_cast<std::int32_t>(s.states.size());
    CandidateState st;
    st.concept_id = c;
    s.states.push_back(st);
  }
  auto find_stem = [&](std::uint32_t stem) -> const QueryStem* {
    auto it = std::lower_bound(s.stems.begin(), s.stems.end(), stem,
                               [](const QueryStem& q, std::uint32_t v) { return q.stem < v; });
    return it != s.stems.end() && it->stem == stem ? &*it : nullptr;
  };
  for (std::uint32_t l : s.touched) {
    const internal::LabelRecord& r = index.labels[l];
    std::int32_t slot = s.slot[r.concept_id];
    if (slot < 0 || s.accumulator[l] < params.min_coverage * r.weight) continue;
    // Matched weight, with same-word and parenthesis factors; occurrences for the window.
    float matched = 0.0f;
    std::uint32_t matched_terms = 0;
    s.window.clear();
    for (std::uint32_t k = 0; k < r.term_count; ++k) {
      const internal::LabelTerm& term = index.terms[r.first_term + k];
      const QueryStem* qs = find_stem(term.stem);
      if (qs == nullptr) continue;
      bool same_word = false;
      float paren = params.paren_factor;
      for (std::uint32_t o = 0; o < qs->occurrences_count; ++o) {
        const QueryToken& q = s.query[s.occurrences[qs->occurrences_begin + o]];
        same_word = same_word || q.word == term.word;
        if (!q.paren) paren = 1.0f;
        s.window.emplace_back(s.occurrences[qs->occurrences_begin + o], k);
      }
      matched += term.weight * paren * (same_word ? 1.0f : params.stem_only_factor);
      ++matched_terms;
    }
    if (matched_terms == 0) continue;
    // Smallest window of the text holding every matched label word.
    std::sort(s.window.begin(), s.window.end());
    std::uint32_t best_first = 0, best_last = 0;
    std::uint32_t best_span = ~std::uint32_t{0};
    {
      std::uint32_t counts[internal::kMaxLabelTerms] = {};
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
        int label_position = index.terms[r.first_term + k].position;
        if (label_position < last_label_position) ordered = false;
        last_label_position = label_position;
        min_label = std::min<std::uint32_t>(min_label, static_cast<std::uint32_t>(label_position));
        max_label = std::max<std::uint32_t>(max_label, static_cast<std::uint32_t>(label_position));
      }
      float label_span = static_cast<float>(max_label - min_label + 1);
      proximity = std::min(1.0f, label_span / static_cast<float>(best_span));
    }
    float coverage = matched / r.weight;
    float coverage_query = std::min(1.0f, matched / query_weight);
    float score = coverage * std::pow(coverage_query, params.coverage_query_exponent) *
                  (matched / (matched + params.specificity_k)) * params.kind_weight[r.kind] *
                  (1.0f - params.proximity_weight * (1.0f - proximity)) *
                  (ordered ? 1.0f : params.unordered_factor);
    if (head != internal::kNoTerm && r.head == head) score *= params.head_bonus;

    CandidateState& st = s.states[static_cast<std::size_t>(slot)];
    float dropped = score;
    if (score > st.best) {
      dropped = st.best;
      st.best = score;
      st.best_label = l;
      st.evidence_begin = evidence_begin;
      st.evidence_end = evidence_end;
    }
    if (dropped > 0.0f) {
      float* smallest = std::min_element(st.others, st.others + internal::kOtherLabels);
      if (dropped > *smallest) *smallest = dropped;
    }
  }

  // Description evidence (BM25 of the text against the description), normalised to the best
  // candidate.
  std::vector<float>& description_scores = s.description_scores;
  description_scores.assign(s.states.size(), 0.0f);
  float description_max = 0.0f;
  if (options.use_descriptions && params.description_weight > 0.0f &&
      !index.description_offsets.empty()) {
    constexpr float kK1 = 1.2f, kB = 0.75f;
    for (std::size_t i = 0; i < s.states.size(); ++i) {
      std::uint32_t c = s.states[i].concept_id;
      const internal::DescriptionTerm* d =
          index.description_terms.data() + index.description_offsets[c];
      const internal::DescriptionTerm* d_end =
          index.description_terms.data() + index.description_offsets[c + 1];
      float length_norm =
          1.0f - kB +
          kB * static_cast<float>(index.description_length[c]) / index.description_avg_length;
      float sum = 0.0f;
      auto q = s.stems.begin();
      while (d != d_end && q != s.stems.end()) {
        if (d->stem < q->stem) {
          ++d;
        } else if (q->stem < d->stem) {
          ++q;
        } else {
          float tf = d->count;
          sum += index.description_idf[d->stem] * q->factor * tf * (kK1 + 1.0f) /
                 (tf + kK1 * length_norm);
          ++d;
          ++q;
        }
      }
      description_scores[i] = sum;
      description_max = std::max(description_max, sum);
    }
  }

  // Raw and calibrated scores.
  std::vector<ConceptMatch> candidates;
  candidates.reserve(s.states.size());
  for (std::size_t i = 0; i < s.states.size(); ++i) {
    CandidateState& st = s.states[i];
    if (st.best <= 0.0f) continue;
    float others = 0.0f;
    for (float o : st.others) others += o;
    float raw = st.best + params.aggregate_weight * others;
    if (concepts[st.concept_id].reuse_level == ReuseLevel::kTransversal)
      raw *= params.transversal_factor;
    if (description_max > 0.0f)
      raw += params.description_weight * description_scores[i] / description_max;
    ConceptMatch m;
    m.concept_id = ConceptId{st.concept_id};
    m.raw_score = raw;
    m.score = 1.0 / (1.0 + std::exp(-params.calibration_slope *
                                    (static_cast<double>(raw) - params.calibration_midpoint)));
    m.evidence_begin = st.evidence_begin;
    m.evidence_end = st.evidence_end;
    st.raw = raw;
    candidates.push_back(std::move(m));
  }

  // Reset the scratch for the next search.
  for (std::uint32_t l : s.touched) s.accumulator[l] = 0.0f;
  for (std::uint32_t c : s.touched_concepts) {
    s.bound[c] = 0.0f;
    s.slot[c] = -1;
  }

  auto by_score = [](const ConceptMatch& a, const ConceptMatch& b) {
    if (a.raw_score != b.raw_score) return a.raw_score > b.raw_score;
    return a.concept_id.value() < b.concept_id.value();
  };
  std::sort(candidates.begin(), candidates.end(), by_score);
  if (options.reranker != nullptr) {
    candidates.resize(std::min(candidates.size(), std::max<std::size_t>(3 * options.top_k, 30)));
    options.reranker->Rerank(candidates);
    std::sort(candidates.begin(), candidates.end(),
              [](const ConceptMatch& a, const ConceptMatch& b) {
                if (a.score != b.score) return a.score > b.score;
                return a.concept_id.value() < b.concept_id.value();
              });
  }

  const std::string_view display = options.display_language.empty()
                                       ? std::string_view(result.language)
                                       : std::string_view(options.display_language);
  for (ConceptMatch& m : candidates) {
    if (result.matches.size() >= options.top_k) break;
    if (m.score < options.min_score) continue;
    // The best label of this concept: find its state again (small linear scan).
    for (const CandidateState& st : s.states) {
      if (st.concept_id != m.concept_id.value()) continue;
      const internal::LabelRecord& r = index.labels[st.best_label];
      m.matched_label = String(r.text_offset, r.text_size);
      m.matched_language = languages[r.language];
      break;
    }
    m.uri = UriOf(m.concept_id.value());
    m.label = PreferredLabelOf(m.concept_id.value(), display);
    m.evidence = std::string(text.substr(m.evidence_begin, m.evidence_end - m.evidence_begin));
    result.matches.push_back(std::move(m));
  }
  return result;
}

MatchResult SkillMapper::MapSkills(std::string_view text, const MatchOptions& options) const {
  return impl_->Search(internal::Pillar::kSkills, text, options);
}

MatchResult SkillMapper::MapOccupations(std::string_view text, const MatchOptions& options) const {
  return impl_->Search(internal::Pillar::kOccupations, text, options);
}

}  // namespace credmatch
