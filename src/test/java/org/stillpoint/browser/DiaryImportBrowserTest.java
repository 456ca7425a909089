package org.stillpoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.stillpoint.support.Demo;
import org.stillpoint.support.TestDatabase;

/**
 * The demo client imports an earlier diary file on the real server: the upload form (its CSRF token travels inside
 * the multipart body), the preview, and the confirmation on the next request, the checked file having waited in the
 * session in the database.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stillpoint.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DiaryImportBrowserTest {

    @Test
    void theClientChecksAFileSeesWhatItAddsAndImportsIt(Browser browser, @TempDir Path folder) throws IOException {
        // Two years back, before anything the demo clinic keeps in a diary.
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(730).withNano(0);
        LocalDate free = start.toLocalDate().minusDays(3);
        Path file = Files.writeString(folder.resolve("earlier-diary.csv"), """
                record,date,status,start,end,peakPain,ownTriggers,notes
                ATTACK,,,%s,%s,6,"red wine, then cheese","Slept it off, ""mostly""\"
                DAY,%s,HEADACHE_FREE,,,,,
                DAY,%s,HEADACHE_FREE,,,,,
                """.formatted(start, start.plusHours(4), free, free.minusDays(1)), StandardCharsets.UTF_8);

        browser.signIn(Demo.CLIENT, Demo.PASSWORD);
        browser.go("/me/diary/export-import");
        assertThat(browser.heading()).isEqualTo(browser.text("diary.transfer.title"));
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.screenshot("diary-import-choose");
        browser.clickAndWait(browser.button(browser.text("diary.import.check")));

        assertThat(browser.heading()).isEqualTo(browser.text("diary.import.preview.title"));
        assertThat(browser.find(By.id("adds")).getText())
                .isEqualTo(browser.text("diary.import.preview.adds", 1, 2));
        browser.screenshot("diary-import-preview");
        browser.clickAndWait(browser.find(By.id("confirm")));

        browser.waitForPath("/me/diary/export-import");
        assertThat(browser.find(By.id("imported")).getText()).isEqualTo(browser.text("diary.import.done", 1, 2));
        browser.screenshot("diary-import-done");
    }
}
