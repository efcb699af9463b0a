#include "taxonomy/test_util.hpp"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace credmatch::testing {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("credmatch_taxonomy_test_" + std::to_string(rd()) + "_" + std::to_string(counter++));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void WriteText(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::map<std::string, std::string> MiniEsco() {
  const std::string s = "urn:test:skill:";
  std::map<std::string, std::string> files;
  files["en/skills_en.csv"] =
      "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,"
      "modifiedDate,scopeNote,definition,inScheme,description\n"
      "KnowledgeSkillCompetence," +
      s +
      "use-sql,skill/competence,sector-specific,use SQL,"
      "\"write SQL queries\nquery databases\",sequel,released,,,,\"urn:test:scheme:skills,\n"
      "urn:test:scheme:digital\",\"Write \"\"SELECT\"\" statements, joins, and updates.\"\n"
      "KnowledgeSkillCompetence," +
      s +
      "sql,knowledge,sector-specific,SQL,Structured Query "
      "Language,,released,,,,urn:test:scheme:skills,The SQL language.\n"
      "KnowledgeSkillCompetence," +
      s +
      "analyse-data,skill/competence,cross-sector,analyse data,"
      ",,released,,a scope note,a definition,urn:test:scheme:skills,Analyse data.\n"
      "KnowledgeSkillCompetence," +
      s +
      "teamwork,skill/competence,transversal,work in teams,"
      "teamwork,,released,,,,urn:test:scheme:skills,Work with others.\n";
  files["en/skillGroups_en.csv"] =
      "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,"
      "inScheme,description,code\n"
      "SkillGroup,urn:test:group:S5,working with "
      "computers,,,released,,,urn:test:scheme:skills,,S5\n"
      "SkillGroup,urn:test:group:S5.2,managing data,,,released,,,urn:test:scheme:skills,,S5.2\n";
  files["en/occupations_en.csv"] =
      "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,"
      "regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n"
      "Occupation,urn:test:occupation:dba,2521,database administrator,DBA,,released,,,,,"
      "urn:test:scheme:occupations,Runs databases.,2521.1\n";
  files["en/ISCOGroups_en.csv"] =
      "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description\n"
      "ISCOGroup,urn:test:isco:C252,252,Database and network professionals,released,,,\n"
      "ISCOGroup,urn:test:isco:C2521,2521,Database designers and administrators,released,,,\n";
  files["en/transversalSkillsCollection_en.csv"] =
      "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,description,"
      "broaderConceptUri,broaderConceptPT\n"
      "KnowledgeSkillCompetence," +
      s +
      "teamwork,skill/competence,transversal,work in teams,"
      "released,teamwork | team work,,,\n";
  files["relations/broaderRelationsSkillPillar.csv"] =
      "conceptType,conceptUri,broaderType,broaderUri\n"
      "SkillGroup,urn:test:group:S5.2,SkillGroup,urn:test:group:S5\n"
      "KnowledgeSkillCompetence," +
      s +
      "use-sql,SkillGroup,urn:test:group:S5.2\n"
      "KnowledgeSkillCompetence," +
      s +
      "analyse-data,SkillGroup,urn:test:group:S5.2\n"
      "KnowledgeSkillCompetence," +
      s +
      "sql,SkillGroup,urn:test:group:S5\n"
      "KnowledgeSkillCompetence," +
      s + "sql,KnowledgeSkillCompetence," + s + "use-sql\n";
  files["relations/broaderRelationsOccPillar.csv"] =
      "conceptType,conceptUri,broaderType,broaderUri\n"
      "ISCOGroup,urn:test:isco:C2521,ISCOGroup,urn:test:isco:C252\n"
      "Occupation,urn:test:occupation:dba,ISCOGroup,urn:test:isco:C2521\n";
  files["relations/skillSkillRelations.csv"] =
      "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\n" + s +
      "use-sql,skill/competence,essential,knowledge," + s + "sql\n" + s +
      "analyse-data,skill/competence,optional,skill/competence," + s + "use-sql\n";
  files["relations/occupationSkillRelations.csv"] =
      "occupationUri,relationType,skillType,skillUri\n"
      "urn:test:occupation:dba,essential,skill/competence," +
      s +
      "use-sql\n"
      "urn:test:occupation:dba,essential,knowledge," +
      s +
      "sql\n"
      "urn:test:occupation:dba,optional,skill/competence," +
      s + "teamwork\n";
  return files;
}

void WriteFiles(const std::filesystem::path& dir, const std::map<std::string, std::string>& files) {
  for (const auto& [name, text] : files) WriteText(dir / name, text);
}

}  // namespace credmatch::testing
