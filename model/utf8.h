/* UTF-8 validation, Windows-1252 conversion and display-column width. Pure functions. */
#ifndef WP_MODEL_UTF8_H
#define WP_MODEL_UTF8_H

#include <stddef.h>

/* Offset of the first byte that is not part of valid UTF-8 (no overlongs, no surrogates),
 * or n if all of s[0..n) is valid. */
size_t utf8_invalid_at(const char *s, size_t n);
/* Converts Windows-1252 bytes to a new NUL-terminated UTF-8 string (caller frees) and sets
 * *outlen. Returns NULL on out of memory. */
char *cp1252_to_utf8(const char *s, size_t n, size_t *outlen);

/* Display columns of one code point: 0 for combining marks and controls, 2 for East Asian
 * wide/fullwidth characters, 1 otherwise. Locale-independent. */
int utf8_cp_width(unsigned cp);
/* Decodes one code point at s (n bytes left); returns its byte length (≥ 1; invalid bytes
 * count as one byte of U+FFFD) and stores the code point in *cp. */
size_t utf8_decode(const char *s, size_t n, unsigned *cp);
/* Display columns of the NUL-terminated string s. */
size_t utf8_width(const char *s);
/* Copies s into buf (n bytes) cropped to at most cols display columns; if cropped, the
 * last column holds "…". Returns the display width written. */
size_t utf8_crop(const char *s, size_t cols, char *buf, size_t n);

/* 1 if the first alen bytes of a equal the string b, ignoring ASCII case and the case of
 * the Latin-1 letters (Ä/ä, Ö/ö, Ü/ü, …); other bytes compare exactly. */
int utf8_eq_ci(const char *a, size_t alen, const char *b);
/* One byte c of UTF-8 folded to lower case, prev being the byte before it (0 at the start):
 * ASCII capitals and the Latin-1 capitals (Ä, Ö, Ü, … encoded C3 80–9E, not ×) map to
 * their small letters, so folding byte by byte equals folding code point by code point
 * (utf8_fold_cp). Inline: the import hashes every Kennung with it. */
static inline unsigned utf8_fold_byte(unsigned prev, unsigned c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (prev == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
		return c + 0x20;
	return c;
}
/* Compares a and b ignoring case as utf8_fold_byte folds it; <0, 0 or >0 like strcmp (a
 * total order of the folded texts, not a dictionary order). */
int utf8_cmp_ci(const char *a, const char *b);

/* Encodes code point cp (at most U+10FFFF) as UTF-8 into u (room for 4 bytes, no NUL
 * written); returns the byte length (1 to 4). */
size_t utf8_encode(unsigned cp, char *u);
/* Lower-case fold of one code point: ASCII and Latin-1 capitals (Ä, Ö, Ü, …). */
unsigned utf8_fold_cp(unsigned cp);
/* The base letter for name order: folded, with ä, ö, ü and ß sorted as a, o, u and s
 * (DIN 5007-1, the dictionary order). */
unsigned utf8_collate_cp(unsigned cp);
/* Writes the UTF-8 of s with every code point mapped through map (utf8_fold_cp,
 * utf8_collate_cp, …) to out: at most room - 1 bytes (the caller adds the NUL), whole code
 * points only. Returns the bytes written. */
size_t utf8_map(const char *s, char *out, size_t room, unsigned (*map)(unsigned));
/* Compares two names in DIN 5007-1 order (code point by code point through
 * utf8_collate_cp); <0, 0 or >0 like strcmp. */
int utf8_collate(const char *a, const char *b);

#endif
