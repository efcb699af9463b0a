// Little-endian binary records for the stored formats (the taxonomy snapshot's metadata and
// attachments, the stored mapper index): a writer that appends to a string and a reader that
// checks every length against what is left, so that damaged input is refused, never overread.
// Byte order: the host's; the formats' readers refuse to compile on big-endian hosts.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/huge_pages.hpp"

namespace credmatch::internal {

class ByteWriter {
 public:
  void U32(std::uint32_t v) { Raw(&v, 4); }
  void U64(std::uint64_t v) { Raw(&v, 8); }
  // Bytes with a 32-bit or a 64-bit size before them.
  void String32(std::string_view s) {
    U32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void String64(std::string_view s) {
    U64(s.size());
    out_.append(s);
  }
  // An array of numbers with its 64-bit element count before it.
  template <typename T>
  void Array(const std::vector<T>& v) {
    static_assert(std::is_arithmetic_v<T>);
    U64(v.size());
    Raw(v.data(), v.size() * sizeof(T));
  }
  void Raw(const void* p, std::size_t n) {
    if (n > 0) out_.append(static_cast<const char*>(p), n);
  }
  std::string& bytes() { return out_; }
  std::string Finish() { return std::move(out_); }

 private:
  std::string out_;
};

// Each read returns false when the input has fewer bytes than it needs: the input is damaged, and
// what was read of it is not to be used.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool U32(std::uint32_t& v) { return Raw(&v, 4); }
  bool U64(std::uint64_t& v) { return Raw(&v, 8); }
  bool Bytes(std::size_t n, std::string& out) {
    if (n > in_.size() - pos_) return false;
    out.assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool String32(std::string& out) {
    std::uint32_t n = 0;
    return U32(n) && Bytes(n, out);
  }
  bool String64(std::string& out) {
    std::string_view view;
    if (!View64(view)) return false;
    out.assign(view);
    return true;
  }
  // String64() as a view into the input, not a copy.
  bool View64(std::string_view& out) {
    std::uint64_t n = 0;
    if (!U64(n) || n > in_.size() - pos_) return false;
    out = in_.substr(pos_, static_cast<std::size_t>(n));
    pos_ += static_cast<std::size_t>(n);
    return true;
  }
  template <typename T>
  bool Array(std::vector<T>& v) {
    static_assert(std::is_arithmetic_v<T>);
    std::uint64_t n = 0;
    if (!U64(n) || n > (in_.size() - pos_) / sizeof(T)) return false;
    v.resize(static_cast<std::size_t>(n));
    return Raw(v.data(), v.size() * sizeof(T));
  }
  // Array() for a scratch array that is decoded and dropped during the load: a large one is
  // backed by huge pages (core/huge_pages.hpp says why only scratch buffers).
  template <typename T>
  bool ScratchArray(std::vector<T>& v) {
    static_assert(std::is_arithmetic_v<T>);
    std::uint64_t n = 0;
    if (!U64(n) || n > (in_.size() - pos_) / sizeof(T)) return false;
    ResizeScratch(v, static_cast<std::size_t>(n));
    return Raw(v.data(), v.size() * sizeof(T));
  }
  bool Raw(void* p, std::size_t n) {
    if (n > in_.size() - pos_) return false;
    if (n > 0) std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace credmatch::internal
