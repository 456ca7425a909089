/**
 * Outgoing e-mail. Modules hand a message to {@link org.stillpoint.notifications.Notifications} inside their own
 * transaction; it lands in the outbox table with the change that caused it, and a sender delivers it over SMTP
 * with retries. A mail may carry text attachments (an appointment's {@code .ics}, say).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.stillpoint.notifications;
