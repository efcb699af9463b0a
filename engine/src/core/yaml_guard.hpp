// Guards for reading YAML with yaml-cpp (only for modules that link yaml-cpp: io, compare,
// frameworks). yaml-cpp parses anchors and aliases into shared nodes, so a few lines ("billion
// laughs": each list names the previous one nine times) stand for billions of nodes, which a
// reader walking the tree would visit one by one; and it reports its own nesting limit as "bad
// file".
#pragma once

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace credmatch::internal {

// Whether a walk of `root` that visits every alias where it occurs would visit more nodes than a
// document of `text_size` bytes could hold without aliases (each node takes a byte at least:
// twice the size, and some slack, is far above any real document).
inline bool YamlAliasesExpandTooFar(const YAML::Node& root, std::size_t text_size) {
  const std::size_t limit = 2 * text_size + 64;
  std::size_t visited = 0;
  std::vector<YAML::Node> pending{root};
  while (!pending.empty()) {
    const YAML::Node node = pending.back();
    pending.pop_back();
    if (++visited > limit) return true;
    if (node.IsSequence()) {
      for (const YAML::Node& item : node) pending.push_back(item);
    } else if (node.IsMap()) {
      for (const auto& entry : node) {
        pending.push_back(entry.first);
        pending.push_back(entry.second);
      }
    }
  }
  return false;
}

inline constexpr std::string_view kYamlAliasesMessage =
    "its anchors and aliases (&name, *name) expand it to more values than the text holds; "
    "write the repeated values out";

// yaml-cpp's message for an exception, with its nesting limit said in words.
inline std::string YamlExceptionMessage(const YAML::Exception& e) {
  if (dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr) {
    return "sequences and mappings nested too deeply for the YAML parser";
  }
  return e.msg;
}

}  // namespace credmatch::internal
