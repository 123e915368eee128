package io.newsgraph.model;

/** The stage an acquisition has reached. */
public enum DealStatus { ANNOUNCED, COMPLETED, FAILED }
