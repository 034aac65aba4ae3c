package org.newsgraph.core.model;

/** The kinds of named entity the engine reports. */
public enum EntityType { PERSON, LOCATION, ORGANIZATION, OTHER }
