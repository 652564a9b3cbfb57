package io.tropo4j.deploy;

/** A resource CloudFormation keeps when its stack is deleted (DeletionPolicy Retain). */
public record KeptResource(String logicalId, String type, String physicalId) {}
