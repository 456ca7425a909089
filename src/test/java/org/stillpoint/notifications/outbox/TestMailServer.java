package org.stillpoint.notifications.outbox;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A GreenMail SMTP server on a port that was free when it was made. The port stays the same when a test stops the
 * server and starts it again, so the application's mail settings keep pointing at it.
 */
public final class TestMailServer extends GreenMail {

    private static final String HOST = "127.0.0.1";

    private final int port;

    private TestMailServer(int port) {
        super(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        this.port = port;
    }

    public static TestMailServer onFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new TestMailServer(socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points {@code spring.mail.*} at this server. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> HOST);
        registry.add("spring.mail.port", () -> port);
    }
}
