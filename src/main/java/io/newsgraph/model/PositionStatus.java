package io.newsgraph.model;

/** Whether a person holds a role now, held it before, or is about to take it up. */
public enum PositionStatus { CURRENT, FORMER, INCOMING }
