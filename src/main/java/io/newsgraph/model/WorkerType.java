package io.newsgraph.model;

/** Which part of a workforce a layoff touches. */
public enum WorkerType { EMPLOYEES, CONTRACTORS }
