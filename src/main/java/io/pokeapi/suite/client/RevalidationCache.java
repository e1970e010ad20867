package io.pokeapi.suite.client;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import okhttp3.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OkHttp's HTTP cache in a folder kept between runs, whose bodies the client revalidates with every
 * request ({@link RevalidateInterceptor}). OkHttp's cache, not the history's stored bodies, because it does
 * what revalidation needs by the HTTP rules (keeping each URL's validators, sending {@code If-None-Match},
 * giving a 304 its stored body and headers) whether the history is on or not. Its journal is not safe for
 * two processes at once, so one suite holds the folder by a file lock; another runs without revalidation.
 */
public final class RevalidationCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RevalidationCache.class);
    /** Room for every document of PokéAPI's three resources, Pokémon with their encounters, several times over. */
    private static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;
    private static final String LOCK_FILE = ".lock";

    private final Cache cache;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private RevalidationCache(Cache cache, FileChannel lockChannel, FileLock lock) {
        this.cache = cache;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * The cache in {@code folder}, created if missing; empty, with one line saying why, when the folder
     * cannot be used or another suite holds it.
     */
    public static Optional<RevalidationCache> open(Path folder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                LOG.info("The HTTP cache in {} is in use by another running suite: this one sends every request "
                        + "unconditionally", folder);
                return Optional.empty();
            }
            return Optional.of(new RevalidationCache(new Cache(folder.toFile(), MAX_BYTES), channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            LOG.warn("The HTTP cache in {} cannot be used ({}): every request goes unconditionally; set "
                    + "HTTP_CACHE_DIR to a writable folder, or HTTP_REVALIDATE=off", folder, e.toString());
            return Optional.empty();
        }
    }

    /** The folder's lock, or null when another process, or this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    Cache cache() {
        return cache;
    }

    @Override
    public void close() {
        try {
            cache.close();
        } catch (IOException e) {
            LOG.debug("Closing the HTTP cache: {}", e.toString());
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.debug("Releasing the HTTP cache's lock: {}", e.toString());
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing the HTTP cache's lock file: {}", e.toString());
            }
        }
    }
}
