/*
 * CFriBidi: the GNU FriBidi surface ConcordTerminal uses to put right-to-left text into
 * display order (UAX #9), made importable from Swift 6.
 *
 * Why a shim at all:
 *  - FriBidi's paragraph directions (FRIBIDI_PAR_LTR, _RTL, _ON) and its type tests
 *    (FRIBIDI_IS_RTL, FRIBIDI_IS_STRONG) are macros over bit masks that do not import.
 *  - Resolving one line's levels takes three calls and two scratch arrays (bidi types and
 *    bracket types for rule N0); cf_resolve_levels does them in one call, with the scratch
 *    arrays on the stack for display lines (a terminal row is a few hundred scalars at most).
 *
 * Every helper is prefixed cf_ so nothing clashes with FriBidi's own names.
 */
#ifndef CONCORD_CFRIBIDI_SHIM_H
#define CONCORD_CFRIBIDI_SHIM_H

#include <stdint.h>
#include <stdlib.h>
#include <fribidi.h>

/* ---- paragraph directions ---------------------------------------------------------- */

static inline FriBidiParType cf_par_ltr(void) { return FRIBIDI_PAR_LTR; }
static inline FriBidiParType cf_par_rtl(void) { return FRIBIDI_PAR_RTL; }
/* "Other neutral": the direction is found from the first strong character (rules P2, P3). */
static inline FriBidiParType cf_par_on(void) { return FRIBIDI_PAR_ON; }

/* ---- one character ------------------------------------------------------------------ */

/* The strong direction of a character: 1 left-to-right (L), 2 right-to-left (R, AL),
 * 0 anything weak or neutral (digits, punctuation, spaces, marks). */
static inline int cf_strong_direction(uint32_t scalar) {
    FriBidiCharType type = fribidi_get_bidi_type((FriBidiChar) scalar);
    if (!FRIBIDI_IS_STRONG(type) || !FRIBIDI_IS_LETTER(type)) return 0;
    return FRIBIDI_IS_RTL(type) ? 2 : 1;
}

/* The mirrored form of a character drawn in a right-to-left run (rule L4: "(" becomes ")"),
 * or the character itself when it has none. */
static inline uint32_t cf_mirrored(uint32_t scalar) {
    FriBidiChar mirrored = (FriBidiChar) scalar;
    if (fribidi_get_mirror_char((FriBidiChar) scalar, &mirrored)) return (uint32_t) mirrored;
    return scalar;
}

/* ---- one line ------------------------------------------------------------------------ */

/* Resolves the embedding level of each of `length` scalars (rules P2 to I2 and L1, brackets
 * included) as one paragraph in `direction` (cf_par_ltr, cf_par_rtl or cf_par_on).
 * Writes the levels to `levels` and the resolved direction (1 RTL, 0 LTR) to
 * `*right_to_left`. Returns the highest level plus one, or 0 when FriBidi failed (out of
 * memory), in which case the caller draws the text in logical order. */
static inline int cf_resolve_levels(const uint32_t *scalars, int length, FriBidiParType direction,
                                    int8_t *levels, int *right_to_left) {
    enum { stack_capacity = 512 };
    FriBidiCharType stack_types[stack_capacity];
    FriBidiBracketType stack_brackets[stack_capacity];
    FriBidiCharType *types = stack_types;
    FriBidiBracketType *brackets = stack_brackets;
    if (length > stack_capacity) {
        types = malloc(sizeof(FriBidiCharType) * (size_t) length);
        brackets = malloc(sizeof(FriBidiBracketType) * (size_t) length);
        if (types == NULL || brackets == NULL) {
            free(types);
            free(brackets);
            return 0;
        }
    }
    fribidi_get_bidi_types((const FriBidiChar *) scalars, length, types);
    fribidi_get_bracket_types((const FriBidiChar *) scalars, length, types, brackets);
    FriBidiParType resolved = direction;
    FriBidiLevel result = fribidi_get_par_embedding_levels_ex(types, brackets, length, &resolved,
                                                              (FriBidiLevel *) levels);
    if (types != stack_types) {
        free(types);
        free(brackets);
    }
    *right_to_left = FRIBIDI_IS_RTL(resolved) ? 1 : 0;
    return (int) result;
}

#endif /* CONCORD_CFRIBIDI_SHIM_H */
