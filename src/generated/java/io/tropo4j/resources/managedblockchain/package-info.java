// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ManagedBlockchain}: {@link Accessor}, {@link Member}, {@link
 * Node}.
 */
package io.tropo4j.resources.managedblockchain;
