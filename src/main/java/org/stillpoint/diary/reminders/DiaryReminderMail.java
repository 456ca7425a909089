package org.stillpoint.diary.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stillpoint.clients.ClientAddressee;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.notifications.OutgoingMail;

/**
 * The diary reminder, worded in the message bundle: which day is still open, the link to the diary, that an open day
 * is a gap and never counted as headache-free, and how to switch the reminder off. It says nothing about treatment
 * (clinical-reference §8). Links start from the configured public address ({@code stillpoint.base-url}).
 */
@Component
class DiaryReminderMail {

    /** The clinic writes in the bundle's language (English); dates are formatted to match. */
    private static final Locale LANGUAGE = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", LANGUAGE);

    private final MessageSource messages;
    private final String baseUrl;

    DiaryReminderMail(MessageSource messages, @Value("${stillpoint.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    OutgoingMail reminder(ClientAddressee client, LocalDate day, ClinicProfile clinic) {
        String body = String.join("\n\n",
                text("diary.reminder.mail.greeting", client.firstName()),
                text("diary.reminder.mail.text", DAY.format(day), baseUrl + "/me/diary"),
                text("diary.reminder.mail.gap"),
                text("diary.reminder.mail.why", baseUrl + "/me/diary/settings"),
                text("diary.reminder.mail.signoff", clinic.name()));
        return new OutgoingMail(client.email(), text("diary.reminder.mail.subject"), body + "\n");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }
}
