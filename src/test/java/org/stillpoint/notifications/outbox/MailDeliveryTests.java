package org.stillpoint.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.stillpoint.notifications.MailAttachment;
import org.stillpoint.notifications.Notifications;
import org.stillpoint.notifications.OutboxStatus;
import org.stillpoint.notifications.OutgoingMail;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.EmptyDatabaseTest;
import org.stillpoint.support.MovableTime;

/**
 * The outbox delivered to a GreenMail SMTP server on a free port. The background job is held back (its interval is
 * an hour) so that each test runs the sender itself, and the clock of this context can be moved forward.
 */
@EmptyDatabaseTest
@TestPropertySource(properties = "stillpoint.mail.poll-interval=1h")
@Import(MovableTime.class)
class MailDeliveryTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final TestMailServer smtp = TestMailServer.onFreePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    MailDeliveryProperties properties;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @BeforeEach
    void emptyOutboxAndMailServer() throws Exception {
        jdbc.sql("DELETE FROM mail_outbox").update();
        if (!smtp.isRunning()) {
            smtp.start();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    MailDeliveryConfiguration schedule;

    @Test
    void mailsSentLongAgoAreClearedAwayWithTheirAttachmentsAndWaitingOnesStay() {
        UUID sent = queue(new OutgoingMail("old@client.example", "Sent long ago", "Hello",
                List.of(new MailAttachment("appointment.ics", "text/calendar", "BEGIN:VCALENDAR"))));
        assertThat(delivery.deliverDueMail()).isPositive();
        UUID waiting = queue(new OutgoingMail("later@client.example", "Still waiting", "Hello"));
        jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :far WHERE id = :id")
                .param("far", OffsetDateTime.now().plusYears(1)).param("id", waiting).update();

        assertThat(schedule.purgeSettled()).as("nothing is old enough yet").isZero();
        clock.advance(Duration.ofDays(31));
        assertThat(schedule.purgeSettled()).isPositive();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE id = :id").param("id", sent)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_attachment WHERE mail_id = :id").param("id", sent)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE id = :id").param("id", waiting)
                .query(Long.class).single()).isEqualTo(1L);
        jdbc.sql("DELETE FROM mail_outbox WHERE id = :id").param("id", waiting).update();
    }

    @Test
    void aMailQueuedInACommittedTransactionIsDeliveredToItsRecipient() throws Exception {
        UUID id = queue(new OutgoingMail("claire@client.example", "Please confirm your e-mail address",
                "Hello Claire,\n\nplease confirm your address for Stillpoint – with thanks, Zoë."));

        assertThat(delivery.deliverDueMail()).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("claire@client.example");
        assertThat(received.getFrom()).extracting(Object::toString)
                .containsExactly("Stillpoint <no-reply@stillpoint.invalid>");
        assertThat(received.getSubject()).isEqualTo("Please confirm your e-mail address");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n"))
                .isEqualTo("Hello Claire,\n\nplease confirm your address for Stillpoint – with thanks, Zoë.");

        OutboxRow row = row(id);
        assertThat(row.sentAt()).isEqualTo(clock.instant());
        assertThat(row.leasedBy()).isEqualTo(delivery.instance());
        assertThat(row.attempts()).isZero();
        assertThat(notifications.outboxStatus()).isEqualTo(new OutboxStatus(0, 0, 1, 0));
    }

    @Test
    void aMailWithAnAttachmentArrivesWithItsTextAndTheFileAsUtf8() throws Exception {
        String calendar = "BEGIN:VCALENDAR\r\nSUMMARY:Séance – Zoë\r\nEND:VCALENDAR\r\n";
        queue(new OutgoingMail("attached@client.example", "Your appointment", "See the file.",
                List.of(new MailAttachment("appointment.ics", "text/calendar; method=PUBLISH", calendar))));

        assertThat(delivery.deliverDueMail()).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo("See the file.");
        BodyPart file = parts.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("appointment.ics");
        assertThat(file.getContentType()).startsWith("text/calendar").containsIgnoringCase("method=PUBLISH")
                .containsIgnoringCase("charset=UTF-8");
        try (InputStream in = file.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(calendar);
        }
    }

    @Test
    void aSentMailIsNotSentAgain() throws Exception {
        queue(mail("once@client.example"));
        delivery.deliverDueMail();
        clock.advance(Duration.ofDays(1));

        assertThat(delivery.deliverDueMail()).isZero();

        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSent() {
        transactions.executeWithoutResult(status -> {
            notifications.send(mail("rolled-back@client.example"));
            status.setRollbackOnly();
        });

        assertThat(delivery.deliverDueMail()).isZero();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void queueingAMailOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> notifications.send(mail("no-transaction@client.example")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void whileTheMailServerIsDownTheMailWaitsAndIsDeliveredOnceTheServerIsBackAndTheRetryIsDue() throws Exception {
        smtp.stop();
        UUID id = queue(mail("patient@client.example"));

        assertThat(delivery.deliverDueMail()).isZero();

        OutboxRow waiting = row(id);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(waiting.sentAt()).isNull();
        assertThat(waiting.failedAt()).isNull();
        assertThat(waiting.lastError()).contains("connect").doesNotContain("\n", "\tat ");
        assertThat(notifications.outboxStatus()).isEqualTo(new OutboxStatus(1, 1, 0, 0));

        smtp.start();
        assertThat(delivery.deliverDueMail()).as("before the retry is due").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery.deliverDueMail()).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()).extracting(Object::toString)
                .containsExactly("patient@client.example");
        assertThat(row(id).sentAt()).isEqualTo(clock.instant());
        assertThat(row(id).attempts()).isEqualTo(1);
    }

    @Test
    void aMailThatKeepsFailingWaitsLongerEachTimeAndIsGivenUpAfterTheLastAttempt() {
        smtp.stop();
        UUID id = queue(mail("unreachable@client.example"));
        List<Duration> waits = new ArrayList<>();

        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            assertThat(delivery.deliverDueMail()).isZero();
            OutboxRow row = row(id);
            assertThat(row.attempts()).isEqualTo(attempt);
            if (row.nextAttemptAt() != null) {
                waits.add(Duration.between(clock.instant(), row.nextAttemptAt()));
                clock.advance(waits.get(waits.size() - 1));
            }
        }

        assertThat(waits).hasSize(properties.maxAttempts() - 1)
                .startsWith(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4))
                .endsWith(Duration.ofHours(1));
        OutboxRow failed = row(id);
        assertThat(failed.failedAt()).isEqualTo(clock.instant());
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(notifications.outboxStatus()).isEqualTo(new OutboxStatus(0, 0, 0, 1));
    }

    @Test
    void aMailThatWasGivenUpIsNotRetriedWhenTheServerIsBack() {
        smtp.stop();
        UUID id = queue(mail("given-up@client.example"));
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            delivery.deliverDueMail();
            clock.advance(properties.retryCap());
        }
        assertThat(row(id).failedAt()).isNotNull();

        smtp.start();
        clock.advance(Duration.ofDays(7));

        assertThat(delivery.deliverDueMail()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(row(id).attempts()).isEqualTo(properties.maxAttempts());
    }

    @Test
    void aFailedDeliveryEndsTheRunSoThatADeadServerCostsOneAttemptNotABatch() {
        smtp.stop();
        transactions.executeWithoutResult(status -> IntStream.range(0, 3)
                .forEach(i -> notifications.send(mail("batch-" + i + "@client.example"))));

        delivery.deliverDueMail();

        assertThat(jdbc.sql("SELECT attempts FROM mail_outbox").query(Integer.class).list())
                .containsExactlyInAnyOrder(1, 0, 0);
    }

    @Test
    void aMailClaimedByOneInstanceIsLeftAloneByOthersUntilTheClaimRunsOut() {
        UUID id = queue(mail("claimed@client.example"));
        Instant now = clock.instant();
        QueuedMail seen = outbox.due(now, 10).get(0);

        assertThat(outbox.claim(seen, "first", now, now.plus(properties.lease()))).isTrue();
        assertThat(outbox.claim(seen, "second", now, now.plus(properties.lease()))).isFalse();
        assertThat(outbox.due(now, 10)).isEmpty();

        // the first instance died holding the claim
        clock.advance(properties.lease().plusSeconds(1));
        Instant later = clock.instant();
        assertThat(outbox.due(later, 10)).extracting(QueuedMail::id).containsExactly(id);
        assertThat(outbox.claim(seen, "second", later, later.plus(properties.lease()))).isTrue();
        assertThat(outbox.markSent(id, "first", later)).as("the first instance lost its claim").isFalse();
        assertThat(outbox.markSent(id, "second", later)).isTrue();
        assertThat(outbox.claim(seen, "third", later, later.plus(properties.lease())))
                .as("a sent mail, read before it was sent").isFalse();
    }

    @Test
    void instancesClaimingTheSameMailsAtTheSameMomentGetEachMailOnceBetweenThem() throws Exception {
        transactions.executeWithoutResult(status -> IntStream.range(0, 25)
                .forEach(i -> notifications.send(mail("claim-" + i + "@client.example"))));
        Instant now = clock.instant();
        List<QueuedMail> seenByAll = outbox.due(now, 100);
        assertThat(seenByAll).hasSize(25);

        List<List<UUID>> claimedPerInstance = race(4, instance -> () -> {
            List<UUID> claimed = new ArrayList<>();
            for (QueuedMail mail : seenByAll) {
                if (outbox.claim(mail, "instance-" + instance, now, now.plus(properties.lease()))) {
                    claimed.add(mail.id());
                }
            }
            return claimed;
        });

        assertThat(claimedPerInstance.stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrderElementsOf(seenByAll.stream().map(QueuedMail::id).toList());
    }

    @Test
    void twoInstancesSendingAtOnceDeliverEveryMailExactlyOnce() throws Exception {
        int count = 3 * properties.batchSize();
        transactions.executeWithoutResult(status -> IntStream.range(0, count)
                .forEach(i -> notifications.send(new OutgoingMail("reader-" + i + "@client.example",
                        "Your session reminder " + i, "See you soon."))));
        MailDelivery other = new MailDelivery(outbox, mailSender, properties, clock, "other-instance");
        List<MailDelivery> instances = List.of(delivery, other);

        List<Integer> sentPerInstance = race(2, instance -> () -> {
            int sent = 0;
            for (int run = instances.get(instance).deliverDueMail(); run > 0;
                 run = instances.get(instance).deliverDueMail()) {
                sent += run;
            }
            return sent;
        });

        assertThat(sentPerInstance.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), count)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTests::subject).toList())
                .hasSize(count).doesNotHaveDuplicates();
        assertThat(notifications.outboxStatus()).isEqualTo(new OutboxStatus(0, 0, count, 0));
    }

    private UUID queue(OutgoingMail mail) {
        return transactions.execute(status -> notifications.send(mail));
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(to, "Your appointment on Tuesday", "We look forward to seeing you.");
    }

    private OutboxRow row(UUID id) {
        return jdbc.sql("""
                SELECT attempts, next_attempt_at, sent_at, failed_at, last_error, leased_by
                FROM mail_outbox WHERE id = ?""").param(id)
                .query((rs, n) -> new OutboxRow(rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                        instant(rs, "sent_at"), instant(rs, "failed_at"), rs.getString("last_error"),
                        rs.getString("leased_by")))
                .single();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** Starts the tasks on threads of their own at the same moment and answers what each returned. */
    private static <T> List<T> race(int tasks, IntFunction<Callable<T>> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(tasks);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                Callable<T> work = task.apply(i);
                results.add(threads.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(WAIT.toSeconds() * 3, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    record OutboxRow(int attempts, Instant nextAttemptAt, Instant sentAt, Instant failedAt, String lastError,
                     String leasedBy) {
    }
}
