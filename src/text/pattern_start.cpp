// What a metadata rule's regular expression tells before it is run: most lines of an
// article cannot match a rule like "^(?:Source|Quelle)\s*:" or "\s+[|]\s+", and telling so
// from their first byte, or from a byte every match needs, is far cheaper than a regex search. The analysis is
// conservative: any construct it does not fully understand gives "not known" (the rule is always run).
#include <optional>

#include "newsgraph/text/metadata_rules.hpp"

namespace newsgraph::text {

namespace {

using ByteSet = std::bitset<256>;

std::size_t byte(char c) { return static_cast<unsigned char>(c); }

ByteSet range(char first, char last) {
  ByteSet set;
  for (std::size_t b = byte(first); b <= byte(last); ++b) set.set(b);
  return set;
}

// The bytes of \d, \s and \w (ECMAScript, C locale); nothing for other escapes.
std::optional<ByteSet> class_escape(char c) {
  if (c == 'd') return range('0', '9');
  if (c == 's') return range('\t', '\r') | range(' ', ' ');
  if (c == 'w') return range('0', '9') | range('A', 'Z') | range('a', 'z') | range('_', '_');
  return std::nullopt;
}

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Moves `i` from a class's '[' to its ']'. False for an unterminated class and for one
// holding '[' ("[[:alpha:]]" and the like), which this analysis leaves alone.
bool skip_class(std::string_view p, std::size_t& i) {
  while (++i < p.size() && p[i] != ']') {
    if (p[i] == '[') return false;
    if (p[i] == '\\') ++i;
  }
  return i < p.size();
}

// Reads the first element of an alternative and returns the bytes a match of it starts with,
// leaving `i` after it. Not known: the element can match nothing (an optional element, an
// assertion, an empty alternative) or is beyond this analysis (negated classes, "." and
// escapes other than \d \s \w and escaped punctuation).
class StartReader {
 public:
  explicit StartReader(std::string_view pattern) : p_(pattern) {}

  std::optional<ByteSet> element(std::size_t& i) {
    if (i >= p_.size()) return std::nullopt;
    std::optional<ByteSet> set;
    const char c = p_[i];
    if (c == '(') {
      set = group(i);
    } else if (c == '[') {
      set = bracket(i);
    } else if (c == '\\') {
      set = escape(i);
    } else if (std::string_view("^$.|)*+?{}]").find(c) == std::string_view::npos) {
      set = ByteSet().set(byte(c));
      ++i;
    }
    if (!set || !required(i)) return std::nullopt;
    return set;
  }

 private:
  // After an element: it must occur at least once (no ?, * or {0,...}).
  [[nodiscard]] bool required(std::size_t i) const {
    if (i >= p_.size()) return true;
    if (p_[i] == '?' || p_[i] == '*') return false;
    if (p_[i] == '{') return i + 1 < p_.size() && p_[i + 1] >= '1' && p_[i + 1] <= '9';
    return true;
  }
  std::optional<ByteSet> escape(std::size_t& i) {
    if (i + 1 >= p_.size()) return std::nullopt;
    const char c = p_[i + 1];
    i += 2;
    if (auto set = class_escape(c)) return set;
    if (is_alnum(c)) return std::nullopt;  // \b, back-references, control escapes
    return ByteSet().set(byte(c));
  }
  // (...) or (?:...): the union of its alternatives' first elements.
  std::optional<ByteSet> group(std::size_t& i) {
    ++i;
    if (i < p_.size() && p_[i] == '?') {
      if (i + 1 >= p_.size() || p_[i + 1] != ':') return std::nullopt;  // lookahead
      i += 2;
    }
    ByteSet set;
    for (;;) {
      auto first = element(i);
      if (!first) return std::nullopt;
      set |= *first;
      if (!skip_to_alternative_end(i)) return std::nullopt;
      if (p_[i++] == ')') return set;
    }
  }
  // Moves `i` to the '|' or ')' that ends the current alternative.
  bool skip_to_alternative_end(std::size_t& i) const {
    int depth = 0;
    for (; i < p_.size(); ++i) {
      const char c = p_[i];
      if (c == '\\') {
        ++i;
      } else if (c == '[') {
        if (!skip_class(p_, i)) return false;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' || c == '|') {
        if (depth == 0) return true;
        if (c == ')') --depth;
      }
    }
    return false;
  }
  // [...]: literal bytes, ranges and \d \s \w; negated classes are not known.
  std::optional<ByteSet> bracket(std::size_t& i) {
    ++i;
    if (i >= p_.size() || p_[i] == '^' || p_[i] == ']') return std::nullopt;
    ByteSet set;
    while (i < p_.size() && p_[i] != ']') {
      char first = p_[i];
      if (first == '[') return std::nullopt;
      if (first == '\\') {
        if (i + 1 >= p_.size()) return std::nullopt;
        first = p_[i + 1];
        i += 2;
        if (auto escaped = class_escape(first)) {
          set |= *escaped;
          continue;
        }
        if (is_alnum(first)) return std::nullopt;
      } else {
        ++i;
      }
      if (i + 1 < p_.size() && p_[i] == '-' && p_[i + 1] != ']') {
        const char last = p_[i + 1];
        if (last == '\\' || last == '[' || byte(last) < byte(first)) return std::nullopt;
        set |= range(first, last);
        i += 2;
      } else {
        set.set(byte(first));
      }
    }
    if (i >= p_.size()) return std::nullopt;
    ++i;
    return set;
  }

  std::string_view p_;
};

// Whether the pattern is a sequence of elements: no '|' outside groups, groups closed.
bool is_sequence(std::string_view p) {
  int depth = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      if (!skip_class(p, i)) return false;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return false;
    } else if (c == '|' && depth == 0) {
      return false;
    }
  }
  return depth == 0;
}

// Whether every match of the pattern starts at the start of the text: it starts with `^`
// and has no '|' outside groups, so every alternative keeps the anchor (the rules are not
// multiline: `^` holds at the start only).
bool anchored(std::string_view p) { return !p.empty() && p[0] == '^' && is_sequence(p.substr(1)); }

// Moves `i` past the element of a sequence that starts there and its quantifier. False for
// what this analysis does not read.
bool skip_element(std::string_view p, std::size_t& i) {
  const char c = p[i];
  if (c == '(') {
    for (int depth = 0; i < p.size(); ++i) {
      if (p[i] == '\\') {
        ++i;
      } else if (p[i] == '[') {
        if (!skip_class(p, i)) return false;
      } else if (p[i] == '(') {
        ++depth;
      } else if (p[i] == ')' && --depth == 0) {
        break;
      }
    }
    ++i;
  } else if (c == '[') {
    if (!skip_class(p, i)) return false;
    ++i;
  } else if (c == '\\') {
    i += 2;
  } else if (std::string_view(")*+?{}|").find(c) == std::string_view::npos) {
    ++i;
  } else {
    return false;
  }
  if (i < p.size() && (p[i] == '*' || p[i] == '+' || p[i] == '?')) {
    ++i;
  } else if (i < p.size() && p[i] == '{') {
    const std::size_t close = p.find('}', i);
    if (close == std::string_view::npos) return false;
    i = close + 1;
  }
  if (i < p.size() && p[i] == '?') ++i;  // lazy
  return i <= p.size();
}

// How often prose holds the bytes of a set: letters, digits and spaces are everywhere,
// punctuation is rare. The needed set to test a line with is the rarest.
std::size_t commonness(const ByteSet& set) {
  std::size_t cost = 0;
  for (std::size_t b = 0; b < set.size(); ++b)
    if (set.test(b)) cost += is_alnum(static_cast<char>(b)) || b == byte(' ') ? 8 : 1;
  return cost;
}

// Bytes of which every match holds one: those of an element every match has, the rarest.
std::optional<ByteSet> needed_bytes(std::string_view p) {
  if (!is_sequence(p)) return std::nullopt;
  StartReader reader(p);
  std::optional<ByteSet> rarest;
  for (std::size_t i = 0; i < p.size();) {
    if (p[i] == '^' || p[i] == '$') {
      ++i;
      continue;
    }
    std::size_t after = i;
    const auto set = reader.element(after);
    if (!skip_element(p, i)) return std::nullopt;
    if (set && (!rarest || commonness(*set) < commonness(*rarest))) rarest = set;
  }
  return rarest;
}

}  // namespace

PatternStart analyse_pattern_start(std::string_view pattern) {
  PatternStart start;
  start.needed_bytes = needed_bytes(pattern);
  if (start.needed_bytes && start.needed_bytes->count() == 1)
    for (std::size_t b = 0; b < start.needed_bytes->size(); ++b)
      if (start.needed_bytes->test(b)) start.needed_byte = static_cast<char>(b);
  start.anchored = anchored(pattern);
  if (!start.anchored) return start;
  std::size_t after_anchor = 1;
  start.first_bytes = StartReader(pattern).element(after_anchor);
  return start;
}

}  // namespace newsgraph::text
