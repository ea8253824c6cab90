package id.capaian.facts.value;

import id.capaian.facts.value.Lexer.Token;
import id.capaian.facts.value.Lexer.Type;
import id.capaian.facts.value.NumberReader.Grouping;
import id.capaian.facts.value.NumberReader.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the numbers of a table cell or a sentence fragment, in both the Indonesian (1.234.567,89) and
 * the US (1,234,567.89) conventions, settling ambiguity by the text itself and then by {@link Expect}.
 *
 * <p>A cell's grammar: values, each {@code [comparator] [Rp] number [scale] [%|persen] [unit words]},
 * joined by a range dash ({@code 5,70 – 6,50%}) or a list separator ({@code 15 % ; 70 %}), each
 * optionally followed by a bracket holding a second value ({@code 50% (10%)}), a grade
 * ({@code 84,03(A)}) or the amount spelled out in words. Anything else in the cell (words before a
 * number, prose) makes it TEXT. Stateless and thread-safe.
 */
public final class ValueParser {
  /** A cell's unit may run to this many words ("Unit Usaha", "orang / bulan", "klinik bisnis"). */
  private static final int MAX_UNIT_WORDS = 4;

  /** In prose, a number's unit is at most this many known unit words ("unit koperasi"). */
  private static final int MAX_PROSE_UNIT_WORDS = 2;

  /** Parses a cell's text. Never throws: unreadable input is a MALFORMED result with its reason. */
  public ParseResult parse(String text, Expect expect) {
    try {
      return parseCell(text == null ? "" : text, expect == null ? Expect.ANY : expect);
    } catch (RuntimeException e) {
      // A bug of ours must not abort a batch: the cell is kept, with the reason.
      return new ParseResult(
          ParseResult.Status.MALFORMED, List.of(), "parser_error: " + e.getClass().getSimpleName());
    }
  }

  /**
   * Every number a sentence states, in order, with where it stands: "sebanyak 10.167 jiwa" gives
   * 10167 (unit jiwa), "Rp 2,5 M" gives 2500000000, "90,50 persen" gives 90.5. Codes such as 2.17.03
   * are skipped; bare years are flagged {@link ValueFlags#YEAR_LIKE}. Never throws.
   */
  public List<ValueMention> parseAll(String sentence, Expect expect) {
    if (sentence == null || sentence.isEmpty()) {
      return List.of();
    }
    try {
      return parseProse(sentence, expect == null ? Expect.ANY : expect);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Cells

  /**
   * "Rp 1. 234.567.890": PDF rendering put a space after the first thousands separator. The groups
   * after it (three digits, the same separator, three digits) show it is one number.
   */
  private static final java.util.regex.Pattern SPACED_GROUP =
      java.util.regex.Pattern.compile("(?<![\\d.,])(\\d{1,3})([.,]) (?=\\d{3}\\2\\d{3}(?!\\d))");

  private ParseResult parseCell(String printed, Expect expect) {
    // The regex needs ". " or ", ": most cells have neither and keep their text as printed.
    String s = printed.contains(". ") || printed.contains(", ")
        ? SPACED_GROUP.matcher(printed).replaceAll("$1$2")
        : printed;
    if (isPlaceholderCode(s)) {
      return ParseResult.text("code");
    }
    List<Token> toks = Lexer.lex(s);
    if (toks.isEmpty()) {
      return ParseResult.missing("empty");
    }
    boolean anyNumber = false;
    for (Token t : toks) {
      if (t.type == Type.NUM) {
        anyNumber = true;
        break;
      }
    }
    if (!anyNumber) {
      return noNumber(s, toks);
    }
    List<Mention> mentions = new ArrayList<>(4);
    int stray = 0;
    boolean rpSeen = false;
    int link = 0; // 0 none, 1 range dash, 2 list separator
    int n = toks.size();
    int i = 0;
    while (i < n) {
      Token t = toks.get(i);
      Mention m = null;
      if (t.type == Type.NUM || t.type == Type.CMP || t.type == Type.RP) {
        m = readMention(s, toks, i, false, rpSeen || expect == Expect.RUPIAH);
      }
      if (m != null) {
        rpSeen |= m.rp;
        Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
        if (link == 1 && last != null && last.rangeWith == null && last.secondaryOf == null) {
          last.rangeWith = m;
          m.rangeWith = last;
          m.rangeRight = true;
        }
        mentions.add(m);
        stray += m.strayWords;
        link = 0;
        i = m.nextToken;
        continue;
      }
      switch (t.type) {
        case LPAREN -> {
          Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
          Bracket b = readBracket(s, toks, i, rpSeen || expect == Expect.RUPIAH);
          stray += applyBracket(s, b, last, mentions);
          i = b.next;
          link = 0;
          continue;
        }
        case DASH -> link = mentions.isEmpty() ? 0 : 1;
        case SEP -> link = 2;
        case WORD, OTHER, PCT, SCALE, CMP -> stray++;
        default -> {} // MISSING, RP alone, PUNCT, ELLIPSIS, stray ")": nothing to read
      }
      i++;
    }
    if (mentions.isEmpty()) {
      return stray > 0 ? ParseResult.text("text_value") : ParseResult.missing("missing_marker");
    }
    for (Mention m : mentions) {
      if (m.code) {
        return ParseResult.text("code");
      }
      if (m.date) {
        return ParseResult.text("date");
      }
    }
    if (stray > 0) {
      return ParseResult.text("text_with_numbers");
    }
    List<ParsedValue> values = build(s, mentions, expect, false);
    for (ParsedValue v : values) {
      if (v.has(ValueFlags.MALFORMED)) {
        return new ParseResult(ParseResult.Status.MALFORMED, values, "malformed_number: " + v.raw());
      }
    }
    return ParseResult.values(values);
  }

  /** A code with placeholder segments, "X.XX.01.2.01": digits, dots and X only. */
  private static boolean isPlaceholderCode(String s) {
    boolean x = false;
    boolean dot = false;
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'X' || c == 'x') {
        x = true;
      } else if (c == '.') {
        dot = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return x && dot && digit;
  }

  /** A cell with no digit: a missing marker ("-", "NA", "Rp -", empty markup) or text. */
  private static ParseResult noNumber(String s, List<Token> toks) {
    for (Token t : toks) {
      switch (t.type) {
        case MISSING, DASH, RP, SEP, PUNCT, LPAREN, RPAREN -> {}
        default -> {
          return ParseResult.text("text_value");
        }
      }
    }
    return ParseResult.missing("missing_marker");
  }

  // ---------------------------------------------------------------------------------------------
  // Prose

  private List<ValueMention> parseProse(String s, Expect expect) {
    List<Token> toks = Lexer.lex(s);
    List<Mention> mentions = new ArrayList<>();
    int n = toks.size();
    int i = 0;
    boolean rpSeen = false;
    Mention last = null;
    int lastEndToken = -1;
    while (i < n) {
      Token t = toks.get(i);
      if (t.type == Type.NUM && isIdentifierNumber(s, toks, i)) {
        i++;
        continue;
      }
      if (t.type == Type.NUM || t.type == Type.CMP || t.type == Type.RP) {
        Mention m = readMention(s, toks, i, true, rpSeen || expect == Expect.RUPIAH);
        if (m != null) {
          rpSeen |= m.rp;
          // A dash right between two numbers joins them into a range ("2021-2026", "5,7 – 6,5%").
          if (last != null
              && lastEndToken == i - 1
              && toks.get(i - 1).type == Type.DASH
              && last.rangeWith == null
              && !last.code
              && !m.code) {
            last.rangeWith = m;
            m.rangeWith = last;
            m.rangeRight = true;
          }
          m.yearLike = isYearLike(s, toks, i, m);
          if (!m.code && !m.date) {
            mentions.add(m);
          }
          last = m;
          i = m.nextToken;
          lastEndToken = i;
          if (i < n && toks.get(i).type == Type.LPAREN) {
            Bracket b = readBracket(s, toks, i, rpSeen || expect == Expect.RUPIAH);
            if (b.mention != null || b.grade != null || b.spelled) {
              applyBracket(s, b, m, mentions);
              i = b.next;
            }
          }
          continue;
        }
      }
      i++;
    }
    List<ParsedValue> values = build(s, mentions, expect, true);
    List<ValueMention> out = new ArrayList<>(values.size());
    int vi = 0;
    for (Mention m : mentions) {
      out.add(new ValueMention(values.get(vi++), m.start, m.end));
      if (m.spelledValue != null && m.spelledMismatch) {
        out.add(new ValueMention(values.get(vi++), m.start, m.end));
      }
    }
    return out;
  }

  /**
   * A number that names rather than counts: glued to a word ("S1", "UU20") or right after a
   * reference word ("Tabel 2.1", "Nomor 7", "RT 05").
   */
  private static boolean isIdentifierNumber(String s, List<Token> toks, int i) {
    if (i == 0) {
      return false;
    }
    Token num = toks.get(i);
    Token prev = toks.get(i - 1);
    if (prev.type == Type.WORD && prev.end == num.start) {
      return true;
    }
    if (prev.type == Type.PUNCT && s.charAt(prev.start) == '.' && i >= 2) {
      prev = toks.get(i - 2); // "No. 88"
    }
    return prev.type == Type.WORD
        && REFERENCE_WORDS.contains(prev.text(s).toLowerCase(Locale.ROOT));
  }

  /** A bare 4-digit integer 1900-2100 with no sign, unit or scale: most likely a year. */
  private static boolean isYearLike(String s, List<Token> toks, int i, Mention m) {
    if (m.rp || m.pct || m.unitWords != null || m.scaleExp != 0 || m.code || m.num.negative) {
      return false;
    }
    Token num = m.num;
    if (num.digitsEnd - num.digitsFrom != 4) {
      return false;
    }
    for (int k = num.digitsFrom; k < num.digitsEnd; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    int year = Integer.parseInt(s, num.digitsFrom, num.digitsEnd, 10);
    return year >= 1900 && year <= 2100;
  }

  // ---------------------------------------------------------------------------------------------
  // One value: [comparator] [Rp] number [scale] [%] [rupiah] [unit words]

  /** A value being assembled; turned into a {@link ParsedValue} by {@link #build}. */
  private static final class Mention {
    int start;
    int end;
    int nextToken;
    Token num;
    int cmp;
    boolean rp;
    boolean pct;
    int scaleExp;
    String perUnit;
    List<String> unitWords;
    String grade;
    boolean code;
    int strayWords;
    Mention rangeWith;
    boolean rangeRight;
    Mention secondaryOf;
    boolean inherited;
    boolean spelled;
    BigDecimal spelledValue;
    boolean spelledMismatch;
    boolean yearLike;
    boolean date;
    Reading reading;
  }

  private static Mention readMention(
      String s, List<Token> toks, int i, boolean prose, boolean rupiahContext) {
    int n = toks.size();
    Mention m = new Mention();
    m.start = toks.get(i).start;
    int j = i;
    if (toks.get(j).type == Type.CMP) {
      m.cmp = toks.get(j).aux;
      j++;
    }
    if (j < n && toks.get(j).type == Type.RP) {
      m.rp = true;
      j++;
    }
    if (j >= n || toks.get(j).type != Type.NUM) {
      return null;
    }
    m.num = toks.get(j);
    m.end = m.num.end;
    m.rp |= m.num.aux == 1; // "21.837.525.905,-"
    j++;
    Reading probe = NumberReader.read(s, m.num.digitsFrom, m.num.digitsEnd, Grouping.UNKNOWN);
    m.code = probe.is(NumberReader.CODE);
    if (m.code) {
      m.nextToken = j;
      return m;
    }
    boolean rpHere = m.rp || rupiahContext;
    if (j < n && toks.get(j).type == Type.SCALE) {
      m.scaleExp = toks.get(j).aux;
      m.end = toks.get(j).end;
      j++;
    } else if (j < n && rpHere && isLetterScale(s, toks.get(j))) {
      m.scaleExp = s.charAt(toks.get(j).start) == 'M' ? 9 : 12;
      m.end = toks.get(j).end;
      j++;
    }
    if (j < n && toks.get(j).type == Type.PCT) {
      m.pct = true;
      m.end = toks.get(j).end;
      j++;
    }
    if (j < n && toks.get(j).type == Type.RP && isRupiahWord(s, toks.get(j))) {
      m.rp = true;
      m.end = toks.get(j).end;
      j++;
    }
    // "Rp. 350.000/bulan": an amount per unit.
    if (m.rp
        && j + 1 < n
        && toks.get(j).type == Type.SEP
        && toks.get(j).aux == 1
        && !toks.get(j + 1).spaceBefore
        && toks.get(j + 1).type == Type.WORD) {
      m.perUnit = toks.get(j + 1).text(s).toLowerCase(Locale.ROOT);
      m.end = toks.get(j + 1).end;
      j += 2;
    }
    if (!m.pct && !m.rp && j < n && toks.get(j).type == Type.WORD && isGradeWord(s, toks.get(j))) {
      m.grade = toks.get(j).text(s);
      m.end = toks.get(j).end;
      j++;
    } else if (!m.pct && !m.rp) {
      j = unitWords(s, toks, j, prose, m);
    }
    m.nextToken = j;
    return m;
  }

  /** Reads the unit words after a number into {@code m}; returns the next token. */
  private static int unitWords(String s, List<Token> toks, int j, boolean prose, Mention m) {
    int n = toks.size();
    List<String> words = null;
    int count = 0;
    while (j < n) {
      Token t = toks.get(j);
      if (t.type == Type.WORD) {
        String w = t.text(s);
        String lower = w.toLowerCase(Locale.ROOT);
        if (words == null && MONTHS.contains(lower)) {
          m.date = true; // "21 Agustus 2023": a day of a date, not a count
          m.end = t.end;
          j++;
          break;
        }
        if (STOP_WORDS.contains(lower)) {
          break;
        }
        boolean known = UnitWords.isKnown(lower);
        boolean fragment = !known && words != null && isWrapFragment(words, lower);
        int limit = prose ? MAX_PROSE_UNIT_WORDS : MAX_UNIT_WORDS;
        if (prose && !known && !fragment) {
          break;
        }
        if (count >= limit && !fragment) {
          if (!prose) {
            m.strayWords++; // prose after a number inside a cell
          }
          j++;
          continue;
        }
        if (words == null) {
          words = new ArrayList<>(2);
        }
        words.add(w);
        if (!fragment) {
          count++;
        }
        m.end = t.end;
        j++;
      } else if (t.type == Type.SEP
          && t.aux == 1
          && words != null
          && j + 1 < n
          && toks.get(j + 1).type == Type.WORD) {
        words.add("/"); // "orang / bulan"
        j++;
      } else {
        break;
      }
    }
    m.unitWords = words;
    return j;
  }

  /** Whether {@code lower} joins the previous unit word into a known one ("Bu" + "lan"). */
  private static boolean isWrapFragment(List<String> words, String lower) {
    String prev = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    int slash = prev.lastIndexOf('/');
    String tail = slash >= 0 ? prev.substring(slash + 1) : prev;
    return !tail.isEmpty() && !UnitWords.isKnown(tail) && UnitWords.isKnown(tail + lower);
  }

  /** Words that end a unit: what follows a number in prose, not what it counts. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "yang", "dari", "pada", "untuk", "dengan", "sebesar", "sebanyak", "adalah", "di", "ke",
          "oleh", "atas", "per", "setiap", "tiap", "sedangkan", "namun", "serta", "terdiri",
          "menjadi", "target", "realisasi", "capaian");

  private static final Set<String> MONTHS =
      Set.of(
          "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
          "september", "oktober", "nopember", "november", "desember", "jan", "feb", "mar", "apr",
          "jun", "jul", "agu", "agt", "ags", "agust", "sep", "sept", "okt", "nov", "nop", "des");

  /** Words after which a number is a reference, not a quantity ("Tabel 2.1", "UU Nomor 20"). */
  private static final Set<String> REFERENCE_WORDS =
      Set.of(
          "tabel", "gambar", "grafik", "lampiran", "nomor", "no", "nomer", "pasal", "ayat", "bab",
          "halaman", "hal", "perda", "perbup", "perwali", "permendagri", "permen", "pp", "uu",
          "perpres", "kepmen", "keputusan", "peraturan", "sk", "nip", "rt", "rw", "jl", "jalan",
          "misi", "tujuan", "sasaran", "ke");

  private static boolean isLetterScale(String s, Token t) {
    return t.type == Type.WORD
        && t.end - t.start == 1
        && (s.charAt(t.start) == 'M' || s.charAt(t.start) == 'T');
  }

  private static boolean isRupiahWord(String s, Token t) {
    return t.end - t.start >= 6; // "rupiah", not a second "Rp" that starts the next value
  }

  /** AA, A, BB, B, CC, C, D, E: the SAKIP / reform grades. */
  private static boolean isGradeWord(String s, Token t) {
    int len = t.end - t.start;
    if (len < 1 || len > 2) {
      return false;
    }
    char a = s.charAt(t.start);
    if (a < 'A' || a > 'E') {
      return false;
    }
    return len == 1 || s.charAt(t.start + 1) == a;
  }

  // ---------------------------------------------------------------------------------------------
  // Brackets: a second value, a grade, or the amount in words

  private static final class Bracket {
    int next;
    Mention mention;
    String grade;
    boolean spelled;
    List<String> words;
    int stray;
    boolean empty;
  }

  private static Bracket readBracket(String s, List<Token> toks, int open, boolean rupiahContext) {
    int n = toks.size();
    Bracket b = new Bracket();
    int close = open + 1;
    while (close < n && toks.get(close).type != Type.RPAREN) {
      close++;
    }
    b.next = Math.min(close + 1, n);
    int from = open + 1;
    if (from >= close) {
      b.empty = true;
      return b;
    }
    // A grade: "(A)", "(BB)".
    if (close - from == 1 && toks.get(from).type == Type.WORD && isGradeWord(s, toks.get(from))) {
      b.grade = toks.get(from).text(s);
      return b;
    }
    // A value: "(10%)", "(67%)", "(90,50%)".
    List<Token> inner = toks.subList(from, close);
    if (inner.get(0).type == Type.NUM
        || inner.get(0).type == Type.RP
        || inner.get(0).type == Type.CMP) {
      Mention m = readMention(s, inner, 0, false, rupiahContext);
      if (m != null && m.nextToken == inner.size() && !m.code) {
        b.mention = m;
        return b;
      }
    }
    // Spelled-out words: "(satu juta lima ratus ribu rupiah)".
    List<String> words = new ArrayList<>();
    boolean numberWord = false;
    boolean onlyWords = true;
    for (Token t : inner) {
      switch (t.type) {
        case WORD, SCALE, RP, SEP -> {
          String w = t.text(s);
          if (t.type != Type.SEP) {
            words.add(w);
          }
          numberWord |= SpelledNumber.isNumberWord(w.toLowerCase(Locale.ROOT));
        }
        case ELLIPSIS, PUNCT -> {}
        default -> onlyWords = false;
      }
    }
    if (onlyWords && numberWord && words.size() >= 2) {
      b.spelled = true;
      b.words = words;
      return b;
    }
    for (Token t : inner) {
      if (t.type == Type.WORD || t.type == Type.OTHER || t.type == Type.NUM) {
        b.stray++;
      }
    }
    return b;
  }

  /** Attaches a bracket to the value it follows; returns how many stray words it adds. */
  private static int applyBracket(String s, Bracket b, Mention last, List<Mention> mentions) {
    if (b.empty) {
      return 0;
    }
    if (b.grade != null) {
      if (last != null && last.grade == null) {
        last.grade = b.grade;
        return 0;
      }
      return 1;
    }
    if (b.mention != null) {
      if (last != null) {
        b.mention.secondaryOf = last;
      }
      mentions.add(b.mention);
      return 0;
    }
    if (b.spelled) {
      if (last != null) {
        last.spelled = true;
        last.spelledValue = SpelledNumber.parse(b.words);
      }
      return 0;
    }
    return b.stray;
  }

  // ---------------------------------------------------------------------------------------------
  // Turning mentions into values

  private static List<ParsedValue> build(
      String s, List<Mention> mentions, Expect expect, boolean prose) {
    // Markers shared across a range or with the value a bracket follows.
    for (Mention m : mentions) {
      inherit(m);
    }
    int groups = 0;
    for (Mention m : mentions) {
      if (m.secondaryOf == null && !m.rangeRight) {
        groups++;
      }
    }
    boolean multi = !prose && groups > 1;
    List<ParsedValue> out = new ArrayList<>(mentions.size());
    BigDecimal[] exact = new BigDecimal[mentions.size()];
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Reading r = NumberReader.read(s, m.num.digitsFrom, m.num.digitsEnd, grouping(m, expect));
      BigDecimal v = r.value();
      if (m.scaleExp != 0) {
        v = v.scaleByPowerOfTen(m.scaleExp);
        if (v.scale() < 0) {
          v = v.setScale(0);
        }
      }
      if (m.num.negative) {
        v = v.negate();
      }
      exact[k] = v;
      m.reading = r;
    }
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Set<String> flags = new HashSet<>(4);
      Reading r = m.reading;
      if (r.is(NumberReader.MALFORMED)) {
        flags.add(ValueFlags.MALFORMED);
      }
      if (r.is(NumberReader.AMBIGUOUS)) {
        flags.add(ValueFlags.AMBIGUOUS_SEPARATOR);
      }
      if (r.is(NumberReader.US)) {
        flags.add(ValueFlags.US_CONVENTION);
      }
      if (m.secondaryOf != null) {
        flags.add(ValueFlags.SECONDARY_VALUE);
      }
      if (m.rangeWith != null) {
        int other = mentions.indexOf(m.rangeWith);
        int cmp = exact[k].compareTo(exact[other]);
        boolean low = cmp < 0 || (cmp == 0 && !m.rangeRight);
        flags.add(low ? ValueFlags.RANGE_LOW : ValueFlags.RANGE_HIGH);
      }
      if (multi && m.secondaryOf == null) {
        flags.add(ValueFlags.MULTI_VALUE);
      }
      if (m.grade != null) {
        flags.add(ValueFlags.GRADE);
      }
      if (m.scaleExp != 0) {
        flags.add(ValueFlags.SCALED);
      }
      if (m.inherited) {
        flags.add(ValueFlags.MARKER_INHERITED);
      }
      if (m.spelled) {
        flags.add(ValueFlags.SPELLED_OUT_WORDS);
        if (m.spelledValue != null && m.spelledValue.compareTo(exact[k]) != 0) {
          m.spelledMismatch = true;
          flags.add(ValueFlags.SPELLED_OUT_MISMATCH);
        }
      }
      if (m.yearLike) {
        flags.add(ValueFlags.YEAR_LIKE);
      }
      switch (m.cmp) {
        case 1 -> flags.add(ValueFlags.BOUND_LT);
        case 2 -> flags.add(ValueFlags.BOUND_LE);
        case 3 -> flags.add(ValueFlags.BOUND_GT);
        case 4 -> flags.add(ValueFlags.BOUND_GE);
        case 6 -> flags.add(ValueFlags.APPROXIMATE);
        default -> {}
      }
      ValueKind kind;
      String unit;
      if (m.grade != null) {
        kind = ValueKind.SCORE;
        unit = null;
      } else if (m.pct) {
        kind = ValueKind.PERCENT;
        unit = "%";
      } else if (m.rp) {
        kind = ValueKind.RUPIAH;
        unit = m.perUnit == null ? "Rp" : "Rp/" + m.perUnit;
      } else if (m.unitWords != null) {
        kind = ValueKind.COUNT;
        unit = UnitWords.normalise(m.unitWords);
      } else {
        unit = null;
        kind =
            switch (expect) {
              case PERCENT -> ValueKind.PERCENT;
              case RUPIAH -> ValueKind.RUPIAH;
              case COUNT -> ValueKind.COUNT;
              case SCORE -> ValueKind.SCORE;
              case ANY -> ValueKind.NUMBER;
            };
        if (kind == ValueKind.PERCENT) {
          unit = "%";
        } else if (kind == ValueKind.RUPIAH) {
          unit = "Rp";
        }
        if (kind != ValueKind.NUMBER) {
          flags.add(ValueFlags.KIND_FROM_CONTEXT);
        }
      }
      String raw = s.substring(m.start, m.end);
      out.add(new ParsedValue(exact[k], kind, unit, flags, raw, m.grade));
      if (m.spelledMismatch) {
        Set<String> f = Set.of(ValueFlags.SPELLED_OUT_VALUE, ValueFlags.SPELLED_OUT_WORDS);
        out.add(new ParsedValue(m.spelledValue, kind, unit, f, raw, null));
      }
    }
    return out;
  }

  /**
   * "5,70 – 6,50%": the left end takes the right end's % sign, unit or scale ("2 - 3 juta");
   * "Rp 2.5 M - 50 M": the right end takes the left end's Rp. A bracketed value with no sign of its
   * own takes the sign of the value it follows ("50,55% (10,1)").
   */
  private static void inherit(Mention m) {
    Mention o = m.rangeWith;
    if (o != null) {
      if (!m.rangeRight && !hasMarker(m)) {
        m.pct = o.pct;
        m.rp = o.rp;
        m.unitWords = o.unitWords;
        m.inherited = hasMarker(m);
      } else if (m.rangeRight && !hasMarker(m) && o.rp) {
        m.rp = true;
        m.inherited = true;
      }
      if (!m.rangeRight && m.scaleExp == 0 && o.scaleExp != 0 && !m.rp == !o.rp) {
        m.scaleExp = o.scaleExp;
        m.inherited = true;
      }
    }
    Mention p = m.secondaryOf;
    if (p != null && !hasMarker(m) && m.grade == null) {
      m.pct = p.pct;
      m.rp = p.rp;
      m.unitWords = p.unitWords;
      m.inherited = hasMarker(m);
    }
  }

  private static boolean hasMarker(Mention m) {
    return m.pct || m.rp || m.unitWords != null;
  }

  /** How to read a lone separator before three digits: the value's own signs first, then context. */
  private static Grouping grouping(Mention m, Expect expect) {
    if (m.pct || m.grade != null) {
      return Grouping.DECIMAL;
    }
    if (m.rp || m.unitWords != null || m.perUnit != null) {
      return Grouping.THOUSANDS;
    }
    return switch (expect) {
      case PERCENT, SCORE -> Grouping.DECIMAL;
      case RUPIAH, COUNT -> Grouping.THOUSANDS;
      case ANY -> Grouping.UNKNOWN;
    };
  }
}
