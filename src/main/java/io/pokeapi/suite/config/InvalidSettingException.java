package io.pokeapi.suite.config;

/** A setting whose value cannot be used; the message is one line naming the setting, its source and what is expected. */
public final class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String message) {
        super(message);
    }
}
