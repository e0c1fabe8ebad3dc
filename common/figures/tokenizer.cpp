#include "figures/tokenizer.hpp"

#include "text/utf8.hpp"

namespace newsutils {

void tokenize(std::string_view text, std::vector<Token>& tokens) {
    tokens.clear();
    bool space = true;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            if (b == ' ' || (b >= '\t' && b <= '\r')) {
                space = true;
                ++pos;
                continue;
            }
            std::size_t end = pos + 1;
            TokenType type = TokenType::symbol;
            if (b >= '0' && b <= '9') {
                type = TokenType::digits;
                while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
            } else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
                type = TokenType::word;
                while (end < text.size()) {
                    const auto c = static_cast<unsigned char>(text[end]);
                    if (c < 0x80) {
                        if ((c | 0x20) < 'a' || (c | 0x20) > 'z') break;
                        ++end;
                    } else {
                        const auto d = utf8::decode_at(text, end);
                        if (!utf8::is_letter(d.code_point)) break;
                        end += d.length;
                    }
                }
            }
            tokens.push_back({pos, end, type, space});
            space = false;
            pos = end;
            continue;
        }
        const auto c = utf8::decode_at(text, pos);
        if (utf8::is_space(c.code_point)) {
            space = true;
            pos += c.length;
            continue;
        }
        std::size_t end = pos + c.length;
        TokenType type = TokenType::symbol;
        if (utf8::is_letter(c.code_point)) {
            type = TokenType::word;
            while (end < text.size()) {
                const auto d = utf8::decode_at(text, end);
                if (!utf8::is_letter(d.code_point)) break;
                end += d.length;
            }
        }
        tokens.push_back({pos, end, type, space});
        space = false;
        pos = end;
    }
}

}  // namespace newsutils
