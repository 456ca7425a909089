package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Role;

/**
 * Every word a person reads comes from the message bundle: templates hold no hard-coded text, and every key that
 * templates or code name exists.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9._-]+)");
    private static final Pattern ANNOTATION_KEY = Pattern.compile("message = \"\\{([A-Za-z0-9._-]+)}\"");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:RuleViolation|Conflict|addFlashAttribute|rejectValue|reject|problem)\\([^;]*?\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "label");

    private final Properties bundle = load();

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                if (element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find()) {
                        offences.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
                                + text.text().strip() + "\"");
                    }
                }
                element.attributes().forEach(attribute -> {
                    String name = attribute.getKey().toLowerCase();
                    boolean visibleText = TEXT_ATTRIBUTES.contains(name)
                            || (name.equals("value") && element.tagName().equals("input")
                                    && Set.of("submit", "button", "reset").contains(element.attr("type")));
                    if (visibleText && LETTER.matcher(attribute.getValue()).find()) {
                        offences.add(TEMPLATES.relativize(template) + ": " + name + "=\"" + attribute.getValue() + "\"");
                    }
                });
            }
        }
        assertThat(offences).as("hard-coded text in templates").isEmpty();
    }

    @Test
    void everyKeyNamedInTemplatesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!bundle.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyNamedInCodeExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(ANNOTATION_KEY, CODE_KEY)) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        if (!bundle.containsKey(matcher.group(1))) {
                            missing.add(file.getFileName() + ": " + matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownOnAPageHasALabel() {
        Set<String> missing = new TreeSet<>();
        check(missing, "role.", Role.values());
        check(missing, "provider-type.", ProviderType.values());
        check(missing, "technique.", Technique.values());
        check(missing, "body-area.", org.stillpoint.treatment.BodyArea.values());
        check(missing, "attack-use.", org.stillpoint.treatment.AttackUse.values());
        check(missing, "rule-effect.", org.stillpoint.treatment.RuleEffect.values());
        check(missing, "required-change.", org.stillpoint.treatment.RequiredChange.values());
        check(missing, "block-outcome.", org.stillpoint.treatment.BlockOutcome.values());
        check(missing, "session-outcome.", org.stillpoint.treatment.SessionOutcome.values());
        check(missing, "home-care.frequency.", org.stillpoint.treatment.HomeCareFrequency.values());
        check(missing, "home-care.often.", org.stillpoint.treatment.HomeCareFrequency.values());
        check(missing, "home-care.measure.", org.stillpoint.treatment.HomeCareMeasure.values());
        check(missing, "adverse-event.", org.stillpoint.treatment.AdverseEvent.values());
        check(missing, "tension.", org.stillpoint.treatment.Tension.values());
        check(missing, "interval-unit.", org.stillpoint.treatment.IntervalUnit.values());
        check(missing, "notes.next-session.", org.stillpoint.treatment.IntervalUnit.values());
        check(missing, "notes.status.", org.stillpoint.treatment.NoteStatus.values());
        check(missing, "lighting.", org.stillpoint.treatment.Lighting.values());
        check(missing, "sound.", org.stillpoint.treatment.Sound.values());
        check(missing, "room-temperature.", org.stillpoint.treatment.RoomTemperature.values());
        check(missing, "pack.", org.stillpoint.treatment.Pack.values());
        check(missing, "position.", org.stillpoint.treatment.Position.values());
        check(missing, "check.unsure.", org.stillpoint.treatment.YesNoUnsure.values());
        check(missing, "session-kind.", SessionKind.values());
        check(missing, "audit.action.", AuditAction.values());
        check(missing, "audit.outcome.", AuditOutcome.values());
        for (Role role : Role.values()) {
            if (role != Role.OWNER && !bundle.containsKey("home." + role.name() + ".text")) {
                missing.add("home." + role.name() + ".text");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckCatchesHardCodedTextAndMissingKeys() {
        Document document = Jsoup.parse("<p th:text=\"#{x}\"></p><p>Hello</p>");
        long withText = document.getAllElements().stream()
                .flatMap(e -> e.textNodes().stream()).filter(t -> LETTER.matcher(t.text()).find()).count();
        assertThat(withText).isEqualTo(1);
        assertThat(bundle).doesNotContainKey("surely.not.a.key");
    }

    private static void check(Set<String> missing, String prefix, Enum<?>[] values) {
        Properties bundle = load();
        for (Enum<?> value : values) {
            if (!bundle.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages/messages.properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
