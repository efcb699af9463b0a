// Per-language word lists of the text module: stop words, elided articles, learning-outcome
// boilerplate phrases and multiword function phrases. Written for credmatch (compact lists of
// function words, not exhaustive).
#pragma once

#include <span>
#include <string_view>

namespace credmatch::text::internal {

struct LanguageData {
  std::string_view code;  // ISO 639-1
  // Space-separated stop words, written with their accents (folded when loaded).
  std::string_view stop_words;
  // Space-separated prefixes that are elided before an apostrophe (l' d' qu'): stop words.
  std::string_view elisions;
  // Boilerplate phrases, one per line; "*" matches any one word; a phrase written with hyphens
  // ("cutting-edge") matches only words the text joins with hyphens.
  std::string_view boilerplate;
  // Letters (UTF-8, lower case) that hint at the language in detection.
  std::string_view hint_letters;
  // Multiword function phrases (complex prepositions and connectives: "in order to", "as well
  // as", "dans le cadre"; light verbs: "faire preuve"), one per line: their words are stop words
  // where the phrase stands, in texts and in labels alike. Most start with a stop word or an
  // elided article; the analyser also looks for them at the few other first words they have.
  std::string_view function_phrases = {};
  // Abbreviations of job titles and ads, one per line: "abbreviation = its words" ("mgr =
  // manager", "rh = ressources humaines"). The analyser reads the words where the abbreviation
  // stands, in texts and in labels alike. Only unambiguous ones: not "tech" (technician,
  // technology); and of several words only those the labels never write: English labels write
  // "HR", and "hr" as its two words outweighed the rest of a sentence (docs/mapping.md); French
  // labels do not write "RH".
  std::string_view abbreviations = {};
  // Section headings of job ads, one per line ("key responsibilities", "profil recherché"):
  // boilerplate where one stands alone as a segment (a line, or before a colon), not inside a
  // sentence ("write job descriptions").
  std::string_view headings = {};
};

// One entry per language of kStopWordLanguages, in the same order.
std::span<const LanguageData> Languages();

// Space-separated gender marks of a language, folded (kGenderMarks; text::IsGenderMark).
std::string_view GenderMarksOf(std::string_view code);

}  // namespace credmatch::text::internal
