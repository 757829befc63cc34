package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The wire expression without its date ({@code WIRE_UNDATED}), asked where no date can match,
 * answers as the whole one does: the same match, groups and {@code hitEnd}, on the seed pages'
 * lines and paragraphs, their prefixes, and dates set every way.
 */
class WireUndatedTest {

  private static final String[] GROUPS = {"open", "via", "source", "place", "month", "day", "kind",
      "credit", "creditText", "close", "roster", "reported", "reportedNames"};

  @Test
  void noCharThatEndsTheDateCanBeMatchedByIt() {
    Pattern datePart = Pattern.compile("[\\p{IsHan}0-9０-９\\] \\u3000〇一二三四五六七八九十两]");
    for (char c : DatelineGrammar.NOT_IN_WIRE_DATE.toCharArray()) {
      assertThat(datePart.matcher(String.valueOf(c)).matches()).as("%s", c).isFalse();
    }
  }

  @Test
  void matchesAsTheWholeExpression() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "本报讯 10月10日，全市召开大会", "本报讯 10月10日电，", "本报讯 10月10日 电", "本报北京5月27日电（记者 李海秀）今天",
        "本报水12月27日电 一", "新华社北京2月27日电 近日，", "新华社北京2月27日体育专电，", "人民网专电，", "央视网消息：",
        "本报讯（记者 张三）昨天，", "本报讯 记者张三报道：", "【本报讯】今天", "据新华社北京3月1日电，", "本报讯，", "本报讯",
        "本报讯 1", "本报北京", "本报北京7月14日", "本报北京7月14日，电", "本报讯 10月]0日电，", "县融媒体中心讯 ３月５日，"));
    Path seeds = Path.of(System.getProperty("seeds.dir", "../seeds"));
    try (Stream<Path> pages = Files.list(seeds)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).toList()) {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          texts.add(line);
          if (i + 1 < lines.size()) {
            texts.add(line + lines.get(i + 1).strip());
          }
        }
      }
    }
    int undated = 0;
    for (String text : texts) {
      for (int end = 1; end <= text.length(); end++) {
        String t = text.substring(0, end);
        Matcher whole = DatelineGrammar.WIRE.matcher(t);
        Matcher chosen = DatelineGrammar.wireMatcher(t);
        if (chosen.pattern() != DatelineGrammar.WIRE) {
          undated++;
        }
        boolean found = whole.lookingAt();
        assertThat(chosen.lookingAt()).as(t).isEqualTo(found);
        assertThat(chosen.hitEnd()).as(t).isEqualTo(whole.hitEnd());
        if (found) {
          assertThat(chosen.end()).as(t).isEqualTo(whole.end());
          for (String g : GROUPS) {
            assertThat(chosen.group(g)).as("%s in %s", g, t).isEqualTo(whole.group(g));
          }
        }
      }
    }
    assertThat(undated).isPositive();
  }
}
