/*
 * CNcurses: the ncursesw surface ConcordTerminal uses, made importable from Swift 6.
 *
 * Why a shim at all:
 *  - stdscr, LINES, COLS, COLORS, COLOR_PAIRS are mutable C globals; Swift 6 strict
 *    concurrency rejects touching them directly ("not concurrency-safe"), so they are read
 *    through static inline getters here.
 *  - Function-like macros (COLOR_PAIR, getmaxyx, KEY_F, A_BOLD's NCURSES_BITS) do not import.
 *  - pkg-config's -D_XOPEN_SOURCE=600 is dropped by SwiftPM, so the wide-character API
 *    (cchar_t, setcchar, wget_wch, mvwadd_wch) is switched on here, before any header.
 *
 * Every helper is prefixed cn_ so nothing clashes with curses names such as refresh or move.
 */
#ifndef CONCORD_CNCURSES_SHIM_H
#define CONCORD_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <ncurses.h>

/* ---- globals ---------------------------------------------------------------------- */

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* ---- screen lifecycle ------------------------------------------------------------- */

/* newterm on the process's own stdout/stdin. Unlike initscr it returns NULL instead of
 * printing an error and exiting when TERM is unknown, so Swift can throw a clear error. */
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline int cn_set_escdelay(int milliseconds) { return set_escdelay(milliseconds); }

static inline void cn_getmaxyx(WINDOW *window, int *rows, int *columns) {
    int y = 0, x = 0;
    getmaxyx(window, y, x);
    *rows = y;
    *columns = x;
}

/* Force the next refresh to repaint the whole physical screen (after a resize). */
static inline void cn_force_repaint(WINDOW *window) { clearok(window, TRUE); }

/* ---- colours and attributes -------------------------------------------------------- */

static inline int cn_color_pair(int pair) { return (int)COLOR_PAIR(pair); }

static inline int cn_init_pair(int pair, int foreground, int background) {
#if NCURSES_EXT_COLORS
    return init_extended_pair(pair, foreground, background);
#else
    return init_pair((short)pair, (short)foreground, (short)background);
#endif
}

static inline attr_t cn_attr_normal(void) { return A_NORMAL; }
static inline attr_t cn_attr_bold(void) { return A_BOLD; }
static inline attr_t cn_attr_dim(void) { return A_DIM; }
static inline attr_t cn_attr_italic(void) {
#ifdef A_ITALIC
    return A_ITALIC;
#else
    return A_NORMAL;
#endif
}
static inline attr_t cn_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_attr_reverse(void) { return A_REVERSE; }

/* ---- wide-character output ---------------------------------------------------------- */

/* Builds a cchar_t from `count` wide characters (a spacing base followed by non-spacing
 * marks) and writes it at (row, column). Pairs above 32767 travel through setcchar's opts
 * pointer, as ncurses 6.1+ expects for extended colours. Returns ERR or OK. */
static inline int cn_put_cell(WINDOW *window, int row, int column,
                              const wchar_t *characters, int count,
                              attr_t attributes, int pair) {
    wchar_t buffer[CCHARW_MAX + 1];
    int length = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < length; i++) buffer[i] = characters[i];
    buffer[length] = L'\0';
    cchar_t cell;
#if NCURSES_EXT_COLORS
    int extendedPair = pair;
    if (setcchar(&cell, buffer, attributes, 0, &extendedPair) == ERR) return ERR;
#else
    if (setcchar(&cell, buffer, attributes, (short)pair, NULL) == ERR) return ERR;
#endif
    return mvwadd_wch(window, row, column, &cell);
}

static inline int cn_ccharw_max(void) { return CCHARW_MAX; }

/* The C library's idea of a character's width: what ncurses advances the cursor by. */
static inline int cn_wcwidth(wchar_t character) { return wcwidth(character); }

/* ---- input ---------------------------------------------------------------------------- */

/* wget_wch with the result unpacked: returns OK (a character in *value), KEY_CODE_YES
 * (a KEY_* code in *value) or ERR (timeout, no input). */
static inline int cn_get_wch(WINDOW *window, int *value) {
    wint_t input = 0;
    int result = wget_wch(window, &input);
    *value = (int)input;
    return result;
}

static inline int cn_key_f(int n) { return KEY_F(n); }

/* ---- mouse (opt-in) ------------------------------------------------------------------ */

static inline void cn_mouse_enable(int enable) {
    if (enable) {
        mmask_t mask = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
        mask |= BUTTON5_PRESSED;
#endif
        mousemask(mask, NULL);
        mouseinterval(0);
    } else {
        mousemask(0, NULL);
    }
}

/* Reads the pending mouse event: kind 1 = left click, 4 = wheel up, 5 = wheel down,
 * 0 = something else. Returns ERR when there is no event. */
static inline int cn_get_mouse(int *row, int *column, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *row = event.y;
    *column = event.x;
    *kind = 0;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) *kind = 1;
    else if (event.bstate & BUTTON4_PRESSED) *kind = 4;
#ifdef BUTTON5_PRESSED
    else if (event.bstate & BUTTON5_PRESSED) *kind = 5;
#endif
    return OK;
}

#endif /* CONCORD_CNCURSES_SHIM_H */
