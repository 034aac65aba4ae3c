package org.newsgraph.core;

import java.util.Objects;

/**
 * A typed key for one layer of annotation on a {@link Doc}. Two layers are equal when their names are.
 *
 * @param <T> the type of the value stored for the layer
 */
public final class Layer<T> {
    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Layer<T> of(String name, Class<?> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("layer '" + name + "' holds " + type.getSimpleName()
                    + ", not " + value.getClass().getSimpleName());
        }
        return (T) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> l && l.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
