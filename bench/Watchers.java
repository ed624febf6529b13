import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many watchers of one live-results stream (server-sent events), on one thread with non-blocking
 * sockets: the benchmark's "watched" scenario. Run with the JDK's source launcher:
 *
 * <pre>java bench/Watchers.java HOST PORT PATH COUNT</pre>
 *
 * Opens COUNT streams (in batches, so the server's accept queue is not overrun), prints
 * {@code ready N} when N of them have received their first event, then records, for every
 * stream, each time the {@code "ballots"} figure of a {@code standings} event grows. A line
 * {@code report BALLOTS LAST_VOTE_EPOCH_MS} on standard input ends the run: it prints one line
 * {@code WATCH_RESULT {json}} with how many streams saw the final figure BALLOTS and how long after
 * the last vote each of them saw it, how many the server dropped (closed or answered other than 200)
 * and how many never connected.
 */
public final class Watchers {

    private static final Pattern BALLOTS = Pattern.compile("\"ballots\":(\\d+)");
    private static final Pattern STANDINGS = Pattern.compile("(?m)^event: ?standings$");
    private static final int BATCH = 100;

    /** One stream: the HTTP response is decoded (status line, headers, chunked body) as it arrives. */
    static final class Stream {
        final int index;
        SocketChannel channel;
        final StringBuilder pending = new StringBuilder();
        boolean headersDone;
        boolean chunked;
        int status;
        long chunkLeft = -1;        // -1: reading a chunk-size line
        final StringBuilder events = new StringBuilder();
        boolean firstEvent;
        boolean dropped;
        boolean connected;
        long lastBallots = -1;
        long[] ballots = new long[16];
        long[] atMs = new long[16];
        int seen;

        Stream(int index) {
            this.index = index;
        }

        void record(long value, long now) {
            if (value <= lastBallots) {
                return;
            }
            lastBallots = value;
            if (seen == ballots.length) {
                ballots = Arrays.copyOf(ballots, seen * 2);
                atMs = Arrays.copyOf(atMs, seen * 2);
            }
            ballots[seen] = value;
            atMs[seen] = now;
            seen++;
        }

        /** When this stream first saw at least {@code target} ballots, or -1. */
        long sawAt(long target) {
            for (int i = 0; i < seen; i++) {
                if (ballots[i] >= target) {
                    return atMs[i];
                }
            }
            return -1;
        }
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String path = args[2];
        int count = Integer.parseInt(args[3]);
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

        ConcurrentLinkedQueue<String> commands = new ConcurrentLinkedQueue<>();
        Selector selector = Selector.open();
        Thread stdin = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    commands.add(line.strip());
                    selector.wakeup();
                }
            } catch (IOException e) {
                commands.add("eof");
            }
            commands.add("eof");
            selector.wakeup();
        }, "stdin");
        stdin.setDaemon(true);
        stdin.start();

        List<Stream> streams = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            streams.add(new Stream(i));
        }
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        int opened = 0;
        int ready = 0;
        boolean announced = false;
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            // open the next batch once the previous one has its first events
            if (opened < count && ready >= opened - BATCH / 2) {
                int until = Math.min(count, opened + BATCH);
                for (; opened < until; opened++) {
                    Stream s = streams.get(opened);
                    try {
                        s.channel = SocketChannel.open();
                        s.channel.configureBlocking(false);
                        s.channel.connect(new InetSocketAddress(host, port));
                        s.channel.register(selector, SelectionKey.OP_CONNECT, s);
                    } catch (IOException e) {
                        s.dropped = true;
                    }
                }
            }
            if (!announced && (ready + dropped(streams) >= count || System.currentTimeMillis() > deadline)) {
                System.out.println("ready " + ready);
                System.out.flush();
                announced = true;
            }
            selector.select(200);
            long now = System.currentTimeMillis();
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                Stream s = (Stream) key.attachment();
                try {
                    if (key.isConnectable()) {
                        s.channel.finishConnect();
                        s.connected = true;
                        s.channel.write(ByteBuffer.wrap(request)); // small: fits the socket buffer
                        key.interestOps(SelectionKey.OP_READ);
                    } else if (key.isReadable()) {
                        buffer.clear();
                        int n = s.channel.read(buffer);
                        if (n < 0) {
                            close(s, key);
                            continue;
                        }
                        buffer.flip();
                        byte[] bytes = new byte[buffer.remaining()];
                        buffer.get(bytes);
                        boolean hadFirst = s.firstEvent;
                        feed(s, new String(bytes, StandardCharsets.ISO_8859_1), now);
                        if (!hadFirst && s.firstEvent) {
                            ready++;
                        }
                        if (s.headersDone && s.status != 200) {
                            close(s, key);
                        }
                    }
                } catch (IOException e) {
                    close(s, key);
                }
            }
            String command;
            while ((command = commands.poll()) != null) {
                if (command.startsWith("report ")) {
                    String[] parts = command.split(" ");
                    report(streams, Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                    System.exit(0);
                }
                if (command.equals("eof")) {
                    System.exit(1);
                }
            }
        }
    }

    private static int dropped(List<Stream> streams) {
        int n = 0;
        for (Stream s : streams) {
            if (s.dropped) {
                n++;
            }
        }
        return n;
    }

    private static void close(Stream s, SelectionKey key) {
        s.dropped = true;
        key.cancel();
        try {
            s.channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Decodes what arrived: the status line and headers once, then the (chunked) body's events. */
    private static void feed(Stream s, String text, long now) {
        s.pending.append(text);
        if (!s.headersDone) {
            int end = s.pending.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            String head = s.pending.substring(0, end);
            s.pending.delete(0, end + 4);
            s.status = Integer.parseInt(head.substring(9, 12));
            s.chunked = head.toLowerCase().contains("transfer-encoding: chunked");
            s.headersDone = true;
        }
        if (!s.chunked) {
            s.events.append(s.pending);
            s.pending.setLength(0);
        } else {
            while (true) {
                if (s.chunkLeft < 0) {
                    int eol = s.pending.indexOf("\r\n");
                    if (eol < 0) {
                        break;
                    }
                    String size = s.pending.substring(0, eol).trim();
                    s.pending.delete(0, eol + 2);
                    if (size.isEmpty()) {
                        continue; // the CRLF after a chunk's data
                    }
                    s.chunkLeft = Long.parseLong(size.split(";")[0], 16);
                    if (s.chunkLeft == 0) {
                        s.dropped = true; // the last chunk: the server ended the stream
                        return;
                    }
                }
                if (s.pending.length() == 0) {
                    break;
                }
                int take = (int) Math.min(s.chunkLeft, s.pending.length());
                s.events.append(s.pending, 0, take);
                s.pending.delete(0, take);
                s.chunkLeft -= take;
                if (s.chunkLeft > 0) {
                    break;
                }
                s.chunkLeft = -1;
            }
        }
        int end;
        while ((end = s.events.indexOf("\n\n")) >= 0) {
            String event = s.events.substring(0, end);
            s.events.delete(0, end + 2);
            if (event.contains("event:") || event.contains("data:")) {
                s.firstEvent = true;
            }
            if (STANDINGS.matcher(event).find()) {
                Matcher m = BALLOTS.matcher(event);
                if (m.find()) {
                    s.record(Long.parseLong(m.group(1)), now);
                }
            }
        }
    }

    private static void report(List<Stream> streams, long finalBallots, long lastVoteMs) {
        List<Long> delays = new ArrayList<>();
        int connected = 0;
        int dropped = 0;
        int late = 0;
        int never = 0;
        for (Stream s : streams) {
            if (s.connected) {
                connected++;
            }
            if (s.dropped) {
                dropped++;
            }
            long at = s.sawAt(finalBallots);
            if (at < 0) {
                never++;
            } else {
                long delay = Math.max(0, at - lastVoteMs);
                delays.add(delay);
                if (delay > 1000) {
                    late++;
                }
            }
        }
        delays.sort(null);
        System.out.println("WATCH_RESULT {\"watchers\":" + streams.size() + ",\"connected\":" + connected
                + ",\"dropped\":" + dropped + ",\"got_final\":" + delays.size() + ",\"never\":" + never
                + ",\"late\":" + late + ",\"final_ballots\":" + finalBallots
                + ",\"p50_ms\":" + percentile(delays, 50) + ",\"p99_ms\":" + percentile(delays, 99)
                + ",\"max_ms\":" + percentile(delays, 100) + "}");
        System.out.flush();
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
