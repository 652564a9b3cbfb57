// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3files;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::S3Files::FileSystemPolicy
 *
 * <p>CloudFormation type {@code AWS::S3Files::FileSystemPolicy}.
 */
public final class FileSystemPolicy extends Resource<FileSystemPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Files::FileSystemPolicy")
      .required("FileSystemId", "Policy")
      .constrain("FileSystemId", Constraint.of().pattern("^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$").maxLength(128))
      .refYields("FileSystemId")
      .build();

  public FileSystemPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$}.
   * CloudFormation property {@code FileSystemId}.
   */
  public FileSystemPolicy fileSystemId(String value) {
    return set("FileSystemId", Value.of(value));
  }

  /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
  public FileSystemPolicy fileSystemId(Value<String> value) {
    return set("FileSystemId", value);
  }

  /** Required. CloudFormation property {@code Policy}. */
  public FileSystemPolicy policy(Value<Json> value) {
    return set("Policy", value);
  }
}
