package dev.weft.runtime.modules.sre;

import dev.weft.runtime.exc.Errors;

import static dev.weft.runtime.modules.sre.SreCodes.*;

/**
 * One matching run of a compiled pattern over a subject (CPython's SRE_STATE plus the
 * matcher of sre_lib.h). Backtracking never recurses in Java: each nested attempt is a
 * {@link Frame} on an explicit stack, and saved marks live on an int stack; both grow on the
 * heap and are reused between the attempts of a search, so the inner loop does not allocate.
 * Positions are code-point indices; -1 stands for C's NULL mark.
 */
final class SreState {
    private static final int NO_PTR = Integer.MIN_VALUE;
    private static final int[] NO_DATA = new int[0];

    final int[] code;
    final Subject subject;
    final int pos;
    final int endpos;
    /** Where the current attempt started (state->start) and where the last one ended (state->ptr). */
    int start;
    int ptr;
    final int end;
    int[] mark;
    int lastmark = -1;
    int lastindex = -1;
    boolean matchAll;
    boolean mustAdvance;
    private Repeat repeat;
    private int[] data = NO_DATA;
    private int dsp;
    private Frame[] frames = new Frame[4];
    private int fsp;

    /** The pattern's literal prefix as a Java string (BMP characters only), or null. */
    private final String literalPrefix;

    SreState(int[] code, int groups, Subject subject, long pos, long endpos) {
        this(code, groups, subject, pos, endpos, null);
    }

    SreState(int[] code, int groups, Subject subject, long pos, long endpos, String literalPrefix) {
        this.literalPrefix = literalPrefix;
        this.code = code;
        this.subject = subject;
        int len = subject.length;
        int p = (int) Math.max(0, Math.min(pos, len));
        int e = (int) Math.max(0, Math.min(endpos, len));
        this.pos = p;
        this.endpos = e;
        this.start = p;
        this.ptr = p;
        this.end = e;
        this.mark = new int[Math.max(2, groups * 2)];
    }

    /** Clears the marks before a new attempt (state_reset). */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dsp = 0;
        fsp = 0;
    }

    // ---- subject access ----

    private int ch(int i) {
        return subject.at(i);
    }

    // ---- the two entry points ----

    /** Anchored match at {@code start}; on success {@link #ptr} is the end of the match. */
    boolean match() {
        ptr = start;
        try {
            return run(0, true);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw invalidCode();
        }
    }

    /** A malformed code list (CPython validates it at compile time and raises the same error). */
    private static RuntimeException invalidCode() {
        return Errors.runtimeError("invalid SRE code");
    }

    /** Finds the first match at or after {@code start}; sets {@link #start} and {@link #ptr}. */
    boolean search() {
        try {
            return doSearch();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw invalidCode();
        }
    }

    private boolean doSearch() {
        int p = start;
        int e = end;
        if (p > e) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = -1, charset = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = code[3] & 0xFFFFFFFFL;
            if (min != 0 && e - p < min) {
                return false;
            }
            if (min > 1) {
                e -= (int) (min - 1);
                if (e <= p) {
                    e = p;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
            } else if ((flags & INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }
        if (prefixLen >= 1) {
            return searchPrefix(p, pc, flags, prefix, prefixLen, prefixSkip);
        }
        if (charset >= 0) {
            e = end;
            mustAdvance = false;
            for (;;) {
                p = skipOutside(charset, p, e);
                if (p >= e) {
                    return false;
                }
                start = p;
                ptr = p;
                if (run(pc, false)) {
                    return true;
                }
                p++;
                reset();
            }
        }
        start = p;
        ptr = p;
        boolean ok = run(pc, true);
        mustAdvance = false;
        if (!ok && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = ptr = e;
            return false;
        }
        int first = firstItem(pc);
        while (!ok && p < e) {
            p++;
            if (first >= 0 && (first == BRANCH_FIRST ? allAlternativesFail(pc, p) : p >= end || !SreItems.matchOne(code, first, ch(p)))) {
                continue; // the attempt at p would fail on its first character, touching nothing
            }
            reset();
            start = p;
            ptr = p;
            ok = run(pc, false);
        }
        if (!ok) {
            reset();
        }
        return ok;
    }

    private static final int BRANCH_FIRST = Integer.MAX_VALUE;

    /**
     * The one-character item every match of the code at {@code pc} must begin with (past
     * leading marks), BRANCH_FIRST when it starts with a branch, or -1: the search loop uses it
     * to skip positions without starting an attempt.
     */
    private int firstItem(int pc) {
        int q = pc;
        while (code[q] == MARK) {
            q += 2;
        }
        switch (code[q]) {
            case LITERAL: case NOT_LITERAL: case ANY: case ANY_ALL: case IN: case CATEGORY:
            case LITERAL_IGNORE: case LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE: case NOT_LITERAL_IGNORE:
            case NOT_LITERAL_UNI_IGNORE: case NOT_LITERAL_LOC_IGNORE: case IN_IGNORE: case IN_UNI_IGNORE:
            case IN_LOC_IGNORE:
                return q;
            case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE:
                return code[q + 2] != 0 ? q + 4 : -1;
            case BRANCH:
                return q == pc ? BRANCH_FIRST : -1;
            default:
                return -1;
        }
    }

    /** For a pattern that is a branch at {@code pc}: whether every alternative fails on its first character at p. */
    private boolean allAlternativesFail(int pc, int p) {
        lastmark = -1;
        for (int alt = pc + 1; code[alt] != 0; alt += code[alt]) {
            if (!cannotStart(alt + 1, p)) {
                return false;
            }
        }
        return true;
    }

    /** The first position in [p, e) whose character is in the set at {@code set}, or e. */
    private int skipOutside(int set, int p, int e) {
        if (code[set] == CHARSET && code[set + 9] == FAILURE) {
            int bits = set + 1;
            while (p < e) {
                int c = ch(p);
                if (c < 256 && (code[bits + (c >> 5)] & (1 << (c & 31))) != 0) {
                    return p;
                }
                p++;
            }
            return e;
        }
        while (p < e && !SreItems.charset(code, set, ch(p))) {
            p++;
        }
        return p;
    }

    /** Search for a pattern that starts with a literal prefix: scan for the prefix, then match. */
    private boolean searchPrefix(int p, int pc, int flags, int prefix, int prefixLen, int prefixSkip) {
        int e = end;
        if (prefixLen > e - p) {
            return false;
        }
        int first = code[prefix];
        mustAdvance = false;
        int last = e - prefixLen;
        boolean viaIndexOf = literalPrefix != null && subject.kind == Subject.BMP;
        for (; p <= last; p++) {
            if (viaIndexOf) {
                // String.indexOf is vectorised; the chars of a BMP-only str are its code points
                p = subject.chars.indexOf(literalPrefix, p);
                if (p < 0 || p > last) {
                    return false;
                }
            } else {
                if (ch(p) != first) {
                    continue;
                }
                int i = 1;
                while (i < prefixLen && ch(p + i) == code[prefix + i]) {
                    i++;
                }
                if (i < prefixLen) {
                    continue;
                }
            }
            start = p;
            ptr = p + prefixSkip;
            if ((flags & INFO_LITERAL) != 0) {
                ptr = p + prefixLen;
                return true;
            }
            if (run(pc + 2 * prefixSkip, false)) {
                return true;
            }
            reset();
        }
        return false;
    }

    // ---- the matcher ----

    /** A nested attempt (SRE(match_context)). */
    private static final class Frame {
        int pc;
        int ptr;
        long count;
        int chr;
        Repeat rep;
        /** The REPEAT this frame started (allocated on first use, then reused). */
        Repeat own;
        int lastmark;
        int lastindex;
        boolean toplevel;
        int resume;
    }

    /** A REPEAT in progress (SRE_REPEAT). */
    private static final class Repeat {
        long count;
        int pc;
        Repeat prev;
        int lastPtr;
    }

    // Resume points of a frame whose child attempt returned (the JUMP_* labels).
    private static final int ENTER = 100, EXIT = 101, R_BRANCH_NEXT = 102, R_BRANCH = 103, R_REPEAT_ONE_1_LOOP = 104,
            R_REPEAT_ONE_1 = 105, R_REPEAT_ONE_2_LOOP = 106, R_REPEAT_ONE_2 = 107, R_MIN_REPEAT_ONE_LOOP = 108,
            R_MIN_REPEAT_ONE = 109, R_REPEAT = 110, R_MAX_UNTIL_1 = 111, R_MAX_UNTIL_2 = 112, R_MAX_UNTIL_3 = 113,
            R_MIN_UNTIL_1 = 114, R_MIN_UNTIL_2 = 115, R_MIN_UNTIL_3 = 116, R_POSS_1_LOOP = 117, R_POSS_1 = 118,
            R_POSS_2_LOOP = 119, R_POSS_2 = 120, R_ATOMIC = 121, R_ASSERT = 122, R_ASSERT_NOT = 123, R_MAX_UNTIL_TAIL = 124;

    private Frame pushFrame(boolean toplevel) {
        if (fsp == frames.length) {
            frames = java.util.Arrays.copyOf(frames, fsp * 2);
        }
        Frame f = frames[fsp];
        if (f == null) {
            f = new Frame();
            frames[fsp] = f;
        }
        fsp++;
        f.toplevel = toplevel;
        return f;
    }

    private static long u(int word) {
        return word & 0xFFFFFFFFL;
    }

    /**
     * Runs the code at {@code startPc} from {@link #ptr}: true on a match (then {@link #ptr} is
     * where it ended). Each "call" of the C matcher pushes a frame, records where the caller
     * resumes, and continues with op ENTER; a return pops the frame and dispatches on the
     * caller's resume point.
     */
    private boolean run(int startPc, boolean toplevel) {
        final int[] code = this.code;
        final int end = this.end;
        int base = fsp;
        Frame ctx = pushFrame(toplevel);
        int pc = startPc;
        int p = 0;
        boolean ret = false;
        int op = ENTER;
        for (;;) {
            switch (op) {
                case ENTER:
                    p = ptr;
                    if (code[pc] == INFO) {
                        long min = u(code[pc + 3]);
                        if (min != 0 && end - p >= 0 && end - p < min) {
                            ret = false;
                            op = EXIT;
                            continue;
                        }
                        pc += code[pc + 1] + 1;
                    }
                    op = code[pc++];
                    continue;
                case EXIT: {
                    fsp--;
                    if (fsp == base) {
                        return ret;
                    }
                    ctx = frames[fsp - 1];
                    pc = ctx.pc;
                    p = ctx.ptr;
                    op = ctx.resume;
                    continue;
                }
                case MARK: {
                    setMark(code[pc], p);
                    pc++;
                    op = code[pc++];
                    continue;
                }
                case LITERAL:
                    if (p >= end || ch(p) != code[pc]) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    pc++;
                    p++;
                    op = code[pc++];
                    continue;
                case NOT_LITERAL:
                    if (p >= end || ch(p) == code[pc]) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    pc++;
                    p++;
                    op = code[pc++];
                    continue;
                case SUCCESS:
                    if (ctx.toplevel && ((matchAll && p != end) || (mustAdvance && p == start))) {
                        ret = false;
                    } else {
                        ptr = p;
                        ret = true;
                    }
                    op = EXIT;
                    continue;
                case AT:
                    if (!at(p, code[pc])) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    pc++;
                    op = code[pc++];
                    continue;
                case CATEGORY: case ANY: case ANY_ALL: case IN: case LITERAL_IGNORE: case LITERAL_UNI_IGNORE:
                case LITERAL_LOC_IGNORE: case NOT_LITERAL_IGNORE: case NOT_LITERAL_UNI_IGNORE:
                case NOT_LITERAL_LOC_IGNORE: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE:
                    if (p >= end || !SreItems.matchOne(code, pc - 1, ch(p))) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    p++;
                    pc = SreItems.nextAfterOne(code, pc - 1);
                    op = code[pc++];
                    continue;
                case JUMP:
                case INFO:
                    pc += code[pc];
                    op = code[pc++];
                    continue;
                case BRANCH:
                    ctx.lastmark = lastmark;
                    ctx.lastindex = lastindex;
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    op = R_BRANCH_NEXT;
                    continue;
                case R_BRANCH_NEXT:
                    // pc is at the skip word of the next alternative
                    while (code[pc] != 0 && cannotStart(pc + 1, p)) {
                        pc += code[pc];
                    }
                    if (code[pc] == 0) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_BRANCH;
                    ctx = pushFrame(ctx.toplevel);
                    pc = pc + 1;
                    op = ENTER;
                    continue;
                case R_BRANCH:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        op = EXIT;
                        continue;
                    }
                    if (repeat != null) {
                        markPopKeep(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    pc += code[pc];
                    op = R_BRANCH_NEXT;
                    continue;
                case REPEAT_ONE: {
                    long min = u(code[pc + 1]);
                    if (min > end - p) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    ptr = p;
                    int n = count(pc + 3, u(code[pc + 2]));
                    ctx.count = n;
                    p += n;
                    if (n < min) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    int tail = pc + code[pc];
                    if (code[tail] == SUCCESS && p == end && !(ctx.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        ret = true;
                        op = EXIT;
                        continue;
                    }
                    ctx.lastmark = lastmark;
                    ctx.lastindex = lastindex;
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    if (code[tail] == LITERAL) {
                        ctx.chr = code[tail + 1];
                        op = R_REPEAT_ONE_1_LOOP;
                    } else {
                        op = R_REPEAT_ONE_2_LOOP;
                    }
                    continue;
                }
                case R_REPEAT_ONE_1_LOOP: {
                    long min = u(code[pc + 1]);
                    int c = ctx.chr;
                    while (ctx.count >= min && (p >= end || ch(p) != c)) {
                        p--;
                        ctx.count--;
                    }
                    if (ctx.count < min) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_REPEAT_ONE_1;
                    ctx = pushFrame(ctx.toplevel);
                    pc = pc + code[pc];
                    op = ENTER;
                    continue;
                }
                case R_REPEAT_ONE_1:
                case R_REPEAT_ONE_2:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        op = EXIT;
                        continue;
                    }
                    if (repeat != null) {
                        markPopKeep(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    p--;
                    ctx.count--;
                    op = op == R_REPEAT_ONE_1 ? R_REPEAT_ONE_1_LOOP : R_REPEAT_ONE_2_LOOP;
                    continue;
                case R_REPEAT_ONE_2_LOOP:
                    if (ctx.count < u(code[pc + 1])) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    if (cannotStart(pc + code[pc], p)) {
                        ret = false; // the tail would fail on its first character
                        op = R_REPEAT_ONE_2;
                        continue;
                    }
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_REPEAT_ONE_2;
                    ctx = pushFrame(ctx.toplevel);
                    pc = pc + code[pc];
                    op = ENTER;
                    continue;
                case MIN_REPEAT_ONE: {
                    long min = u(code[pc + 1]);
                    if (min > end - p) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    ptr = p;
                    if (min == 0) {
                        ctx.count = 0;
                    } else {
                        int n = count(pc + 3, min);
                        if (n < min) {
                            ret = false;
                            op = EXIT;
                            continue;
                        }
                        ctx.count = n;
                        p += n;
                    }
                    if (code[pc + code[pc]] == SUCCESS
                            && !(ctx.toplevel && ((matchAll && p != end) || (mustAdvance && p == start)))) {
                        ptr = p;
                        ret = true;
                        op = EXIT;
                        continue;
                    }
                    ctx.lastmark = lastmark;
                    ctx.lastindex = lastindex;
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    op = R_MIN_REPEAT_ONE_LOOP;
                    continue;
                }
                case R_MIN_REPEAT_ONE_LOOP: {
                    long max = u(code[pc + 2]);
                    if (!(max == MAXREPEAT || ctx.count <= max)) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    if (cannotStart(pc + code[pc], p)) {
                        ret = false; // the tail would fail on its first character
                        op = R_MIN_REPEAT_ONE;
                        continue;
                    }
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_MIN_REPEAT_ONE;
                    ctx = pushFrame(ctx.toplevel);
                    pc = pc + code[pc];
                    op = ENTER;
                    continue;
                }
                case R_MIN_REPEAT_ONE:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        op = EXIT;
                        continue;
                    }
                    if (repeat != null) {
                        markPopKeep(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    ptr = p;
                    if (count(pc + 3, 1) == 0) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    p++;
                    ctx.count++;
                    op = R_MIN_REPEAT_ONE_LOOP;
                    continue;
                case POSSESSIVE_REPEAT_ONE: {
                    long min = u(code[pc + 1]);
                    if (p + min > end) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    ptr = p;
                    int n = count(pc + 3, u(code[pc + 2]));
                    p += n;
                    if (n < min) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    pc += code[pc];
                    if (code[pc] == SUCCESS && p == end && !(ctx.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        ret = true;
                        op = EXIT;
                        continue;
                    }
                    op = code[pc++];
                    continue;
                }
                case REPEAT: {
                    Repeat rep = ctx.own;
                    if (rep == null) {
                        rep = new Repeat();
                        ctx.own = rep;
                    }
                    rep.count = -1;
                    rep.pc = pc;
                    rep.prev = repeat;
                    rep.lastPtr = NO_PTR;
                    repeat = rep;
                    ctx.rep = rep;
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_REPEAT;
                    ctx = pushFrame(ctx.toplevel);
                    pc = pc + code[pc];
                    op = ENTER;
                    continue;
                }
                case R_REPEAT:
                    repeat = ctx.rep.prev;
                    op = EXIT;
                    continue;
                case MAX_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw Errors.runtimeError("internal error in regular expression engine");
                    }
                    ptr = p;
                    ctx.rep = rep;
                    ctx.count = rep.count + 1;
                    if (ctx.count < u(code[rep.pc + 1])) {
                        rep.count = ctx.count;
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx.resume = R_MAX_UNTIL_1;
                        ctx = pushFrame(ctx.toplevel);
                        pc = rep.pc + 3;
                        op = ENTER;
                        continue;
                    }
                    long max = u(code[rep.pc + 2]);
                    if ((ctx.count < max || max == MAXREPEAT) && ptr != rep.lastPtr) {
                        rep.count = ctx.count;
                        ctx.lastmark = lastmark;
                        ctx.lastindex = lastindex;
                        markPush(ctx.lastmark);
                        dataPush(rep.lastPtr);
                        rep.lastPtr = ptr;
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx.resume = R_MAX_UNTIL_2;
                        ctx = pushFrame(ctx.toplevel);
                        pc = rep.pc + 3;
                        op = ENTER;
                        continue;
                    }
                    op = R_MAX_UNTIL_TAIL; // the tail
                    continue;
                }
                case R_MAX_UNTIL_1:
                case R_MIN_UNTIL_1:
                    if (!ret) {
                        ctx.rep.count = ctx.count - 1;
                        ptr = p;
                    }
                    op = EXIT;
                    continue;
                case R_MAX_UNTIL_2: {
                    Repeat rep = ctx.rep;
                    rep.lastPtr = dataPop();
                    if (ret) {
                        markPopDiscard(ctx.lastmark);
                        op = EXIT;
                        continue;
                    }
                    markPop(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    rep.count = ctx.count - 1;
                    ptr = p;
                    op = R_MAX_UNTIL_TAIL;
                    continue;
                }
                case R_MAX_UNTIL_TAIL:
                    repeat = ctx.rep.prev;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_MAX_UNTIL_3;
                    ctx = pushFrame(ctx.toplevel);
                    op = ENTER;
                    continue;
                case R_MAX_UNTIL_3:
                    repeat = ctx.rep;
                    if (!ret) {
                        ptr = p;
                    }
                    op = EXIT;
                    continue;
                case MIN_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw Errors.runtimeError("internal error in regular expression engine");
                    }
                    ptr = p;
                    ctx.rep = rep;
                    ctx.count = rep.count + 1;
                    if (ctx.count < u(code[rep.pc + 1])) {
                        rep.count = ctx.count;
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx.resume = R_MIN_UNTIL_1;
                        ctx = pushFrame(ctx.toplevel);
                        pc = rep.pc + 3;
                        op = ENTER;
                        continue;
                    }
                    repeat = rep.prev;
                    ctx.lastmark = lastmark;
                    ctx.lastindex = lastindex;
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_MIN_UNTIL_2;
                    ctx = pushFrame(ctx.toplevel);
                    op = ENTER;
                    continue;
                }
                case R_MIN_UNTIL_2: {
                    Repeat rep = ctx.rep;
                    Repeat repeatOfTail = repeat;
                    repeat = rep;
                    if (ret) {
                        if (repeatOfTail != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        op = EXIT;
                        continue;
                    }
                    if (repeatOfTail != null) {
                        markPop(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    ptr = p;
                    long max = u(code[rep.pc + 2]);
                    if ((ctx.count >= max && max != MAXREPEAT) || ptr == rep.lastPtr) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    rep.count = ctx.count;
                    dataPush(rep.lastPtr);
                    rep.lastPtr = ptr;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_MIN_UNTIL_3;
                    ctx = pushFrame(ctx.toplevel);
                    pc = rep.pc + 3;
                    op = ENTER;
                    continue;
                }
                case R_MIN_UNTIL_3: {
                    Repeat rep = ctx.rep;
                    rep.lastPtr = dataPop();
                    if (!ret) {
                        rep.count = ctx.count - 1;
                        ptr = p;
                    }
                    op = EXIT;
                    continue;
                }
                case POSSESSIVE_REPEAT:
                    ptr = p;
                    ctx.count = 0;
                    op = R_POSS_1_LOOP;
                    continue;
                case R_POSS_1_LOOP:
                    if (ctx.count < u(code[pc + 1])) {
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx.resume = R_POSS_1;
                        ctx = pushFrame(false);
                        pc = pc + 3;
                        op = ENTER;
                        continue;
                    }
                    p = NO_PTR;
                    op = R_POSS_2_LOOP;
                    continue;
                case R_POSS_1:
                    if (ret) {
                        ctx.count++;
                        op = R_POSS_1_LOOP;
                        continue;
                    }
                    ptr = p;
                    op = EXIT;
                    continue;
                case R_POSS_2_LOOP: {
                    long max = u(code[pc + 2]);
                    if ((ctx.count < max || max == MAXREPEAT) && ptr != p) {
                        ctx.lastmark = lastmark;
                        ctx.lastindex = lastindex;
                        markPush(ctx.lastmark);
                        p = ptr;
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx.resume = R_POSS_2;
                        ctx = pushFrame(false);
                        pc = pc + 3;
                        op = ENTER;
                        continue;
                    }
                    pc += code[pc] + 1;
                    p = ptr;
                    op = code[pc++];
                    continue;
                }
                case R_POSS_2:
                    if (ret) {
                        markPopDiscard(ctx.lastmark);
                        ctx.count++;
                        op = R_POSS_2_LOOP;
                        continue;
                    }
                    markPop(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    ptr = p;
                    pc += code[pc] + 1;
                    op = code[pc++];
                    continue;
                case ATOMIC_GROUP:
                    ptr = p;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_ATOMIC;
                    ctx = pushFrame(false);
                    pc = pc + 1;
                    op = ENTER;
                    continue;
                case R_ATOMIC:
                    if (!ret) {
                        ptr = p;
                        op = EXIT;
                        continue;
                    }
                    pc += code[pc];
                    p = ptr;
                    op = code[pc++];
                    continue;
                case GROUPREF: case GROUPREF_IGNORE: case GROUPREF_UNI_IGNORE: case GROUPREF_LOC_IGNORE: {
                    int q = groupref(op, code[pc], p);
                    if (q < 0) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    p = q;
                    pc++;
                    op = code[pc++];
                    continue;
                }
                case GROUPREF_EXISTS: {
                    int g = code[pc] * 2;
                    if (g >= lastmark || mark[g] < 0 || mark[g + 1] < 0 || mark[g + 1] < mark[g]) {
                        pc += code[pc + 1];
                    } else {
                        pc += 2;
                    }
                    op = code[pc++];
                    continue;
                }
                case ASSERT: {
                    int back = code[pc + 1];
                    if (back < 0 || p < back) {
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    ptr = p - back;
                    ctx.pc = pc;
                    ctx.ptr = p;
                    ctx.resume = R_ASSERT;
                    ctx = pushFrame(false);
                    pc = pc + 2;
                    op = ENTER;
                    continue;
                }
                case R_ASSERT:
                    if (!ret) {
                        op = EXIT;
                        continue;
                    }
                    pc += code[pc];
                    op = code[pc++];
                    continue;
                case ASSERT_NOT: {
                    int back = code[pc + 1];
                    if (back >= 0 && p >= back) {
                        ptr = p - back;
                        ctx.lastmark = lastmark;
                        ctx.lastindex = lastindex;
                        if (repeat != null) {
                            markPush(ctx.lastmark);
                        }
                        ctx.pc = pc;
                        ctx.ptr = p;
                        ctx.resume = R_ASSERT_NOT;
                        ctx = pushFrame(false);
                        pc = pc + 2;
                        op = ENTER;
                        continue;
                    }
                    pc += code[pc];
                    op = code[pc++];
                    continue;
                }
                case R_ASSERT_NOT:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        op = EXIT;
                        continue;
                    }
                    if (repeat != null) {
                        markPop(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    pc += code[pc];
                    op = code[pc++];
                    continue;
                case FAILURE:
                    ret = false;
                    op = EXIT;
                    continue;
                default:
                    throw Errors.runtimeError("internal error in regular expression engine");
            }
        }
    }

    private void setMark(int i, int p) {
        if ((i & 1) != 0) {
            lastindex = i / 2 + 1;
        }
        if (i > lastmark) {
            if (i >= mark.length) {
                mark = java.util.Arrays.copyOf(mark, Math.max(i + 1, mark.length * 2));
            }
            for (int j = lastmark + 1; j < i; j++) {
                mark[j] = -1;
            }
            lastmark = i;
        }
        mark[i] = p;
    }

    // ---- the saved-data stack ----

    private void dataPush(int v) {
        if (dsp == data.length) {
            data = java.util.Arrays.copyOf(data, Math.max(16, dsp * 2));
        }
        data[dsp++] = v;
    }

    private int dataPop() {
        return data[--dsp];
    }

    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dsp + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(dsp + n, data.length * 2));
            }
            System.arraycopy(mark, 0, data, dsp, n);
            dsp += n;
        }
    }

    private void markPop(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            dsp -= n;
            System.arraycopy(data, dsp, mark, 0, n);
        }
    }

    private void markPopKeep(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dsp - n, mark, 0, n);
        }
    }

    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dsp -= lm + 1;
        }
    }

    // ---- single-character operations ----

    /**
     * Whether the alternative at {@code altPc} surely fails at {@code p}: its first item (after
     * marks that only raise lastmark, which the branch restores anyway) is one character that
     * does not match. Skipping such an alternative changes nothing the C engine would keep.
     */
    private boolean cannotStart(int altPc, int p) {
        int q = altPc;
        while (code[q] == MARK && code[q + 1] > lastmark) {
            q += 2;
        }
        switch (code[q]) {
            case LITERAL:
            case NOT_LITERAL:
            case ANY:
            case IN:
            case CATEGORY:
            case LITERAL_IGNORE:
            case LITERAL_UNI_IGNORE:
            case IN_IGNORE:
            case IN_UNI_IGNORE:
                return p >= end || !SreItems.matchOne(code, q, ch(p));
            default:
                return false;
        }
    }

    /** How many times (up to maxcount) the one-character item at {@code pc} matches from {@link #ptr}. */
    private int count(int pc, long maxcount) {
        int p = ptr;
        int e = end;
        if (maxcount < e - p && maxcount != MAXREPEAT) {
            e = p + (int) maxcount;
        }
        int arg = code[pc + 1];
        switch (code[pc]) {
            case IN:
                if (code[pc + 2] == CHARSET && code[pc + 11] == FAILURE) {
                    int bits = pc + 3;
                    while (p < e) {
                        int c = ch(p);
                        if (c >= 256 || (code[bits + (c >> 5)] & (1 << (c & 31))) == 0) {
                            break;
                        }
                        p++;
                    }
                    break;
                }
                while (p < e && SreItems.charset(code, pc + 2, ch(p))) {
                    p++;
                }
                break;
            case ANY:
                while (p < e && ch(p) != '\n') {
                    p++;
                }
                break;
            case ANY_ALL:
                p = Math.max(p, e);
                break;
            case LITERAL:
                while (p < e && ch(p) == arg) {
                    p++;
                }
                break;
            case NOT_LITERAL:
                while (p < e && ch(p) != arg) {
                    p++;
                }
                break;
            default:
                while (p < e && SreItems.matchOne(code, pc, ch(p))) {
                    p++;
                }
                break;
        }
        return p - ptr;
    }

    // ---- positions and back references ----

    private boolean at(int p, int atcode) {
        switch (atcode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || ch(p - 1) == '\n';
            case AT_END:
                return (end - p == 1 && ch(p) == '\n') || p == end;
            case AT_END_LINE:
                // p can lie past end when pos > endpos; C then reads the string's NUL terminator
                return p == end || (p < subject.length && ch(p) == '\n');
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY: case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY: case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY: case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean that = p > 0 && isWordFor(atcode, ch(p - 1));
                boolean self = p < end && isWordFor(atcode, ch(p));
                boolean boundary = atcode == AT_BOUNDARY || atcode == AT_LOC_BOUNDARY || atcode == AT_UNI_BOUNDARY;
                return boundary ? self != that : self == that;
            }
            default:
                return false;
        }
    }

    private static boolean isWordFor(int atcode, int c) {
        switch (atcode) {
            case AT_BOUNDARY: case AT_NON_BOUNDARY: return SreChars.isWord(c);
            case AT_LOC_BOUNDARY: case AT_LOC_NON_BOUNDARY: return SreChars.isLocWord(c);
            default: return SreChars.isUniWord(c);
        }
    }

    /** Matches group {@code group}'s text again at {@code p}: the new position, or -1. */
    private int groupref(int op, int group, int p) {
        int g = group * 2;
        if (g >= lastmark) {
            return -1;
        }
        int b = mark[g], e = mark[g + 1];
        if (b < 0 || e < 0 || e < b) {
            return -1;
        }
        for (int q = b; q < e; q++, p++) {
            if (p >= end) {
                return -1;
            }
            int x = ch(p), y = ch(q);
            boolean same;
            switch (op) {
                case GROUPREF: same = x == y; break;
                case GROUPREF_IGNORE: same = SreChars.lowerAscii(x) == SreChars.lowerAscii(y); break;
                case GROUPREF_UNI_IGNORE: same = SreChars.lowerUnicode(x) == SreChars.lowerUnicode(y); break;
                default: same = SreChars.lowerLocale(x) == SreChars.lowerLocale(y); break;
            }
            if (!same) {
                return -1;
            }
        }
        return p;
    }

    /** Start of group {@code g} (0 = whole match) or -1, after a successful match. */
    int groupStart(int g) {
        if (g == 0) {
            return start;
        }
        int i = 2 * (g - 1);
        return i + 1 <= lastmark && mark[i] >= 0 && mark[i + 1] >= 0 ? mark[i] : -1;
    }

    int groupEnd(int g) {
        if (g == 0) {
            return ptr;
        }
        int i = 2 * (g - 1);
        return i + 1 <= lastmark && mark[i] >= 0 && mark[i + 1] >= 0 ? mark[i + 1] : -1;
    }
}
