package org.lokkho.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP files byte by byte, so tests can make what {@code ZipOutputStream} refuses to: duplicate names,
 * "../" names, and headers that lie about sizes.
 */
final class RawZip {
    private record Item(String name, byte[] data, int method, long crc, long declaredSize) {
    }

    private final List<Item> items = new ArrayList<>();

    RawZip stored(String name, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        items.add(new Item(name, data, 0, crc.getValue(), data.length));
        return this;
    }

    /** A deflated entry of {@code zeros} zero bytes whose headers claim {@code declaredSize}. */
    RawZip deflatedZeros(String name, long zeros, long declaredSize) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 20];
        byte[] buf = new byte[1 << 16];
        long left = zeros;
        CRC32 crc = new CRC32();
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            d.setInput(chunk, 0, n);
            crc.update(chunk, 0, n);
            left -= n;
            while (!d.needsInput()) {
                int k = d.deflate(buf);
                out.write(buf, 0, k);
            }
        }
        d.finish();
        while (!d.finished()) {
            int k = d.deflate(buf);
            out.write(buf, 0, k);
        }
        d.end();
        items.add(new Item(name, out.toByteArray(), 8, crc.getValue(), declaredSize));
        return this;
    }

    Path writeTo(Path file) throws IOException {
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (Item it : items) {
                byte[] name = it.name.getBytes(StandardCharsets.UTF_8);
                ByteBuffer local = le(30 + name.length);
                local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) it.method)
                        .putShort((short) 0).putShort((short) 0x21).putInt((int) it.crc).putInt(it.data.length)
                        .putInt((int) it.declaredSize).putShort((short) name.length).putShort((short) 0).put(name);
                out.write(local.array());
                out.write(it.data);
                ByteBuffer cen = le(46 + name.length);
                cen.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                        .putShort((short) it.method).putShort((short) 0).putShort((short) 0x21).putInt((int) it.crc)
                        .putInt(it.data.length).putInt((int) it.declaredSize).putShort((short) name.length)
                        .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                        .putInt((int) offset).put(name);
                central.write(cen.array());
                offset += 30 + name.length + it.data.length;
            }
            byte[] cd = central.toByteArray();
            out.write(cd);
            ByteBuffer end = le(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) items.size())
                    .putShort((short) items.size()).putInt(cd.length).putInt((int) offset).putShort((short) 0);
            out.write(end.array());
        }
        return file;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
