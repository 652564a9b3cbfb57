// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies the state of the <em>block public access for snapshots</em> setting for the Region. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html">Block
 * public access for snapshots</a> .
 *
 * <p>CloudFormation type {@code AWS::EC2::SnapshotBlockPublicAccess}.
 */
public final class SnapshotBlockPublicAccess extends Resource<SnapshotBlockPublicAccess> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SnapshotBlockPublicAccess")
      .required("State")
      .allowed("State", "block-all-sharing", "block-new-sharing")
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public SnapshotBlockPublicAccess(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The mode in which to enable block public access for snapshots for the Region. Specify one of
   * the following values:
   *
   * <ul> <li><code>block-all-sharing</code> - Prevents all public sharing of snapshots in the
   * Region. Users in the account will no longer be able to request new public sharing.
   * Additionally, snapshots that are already publicly shared are treated as private and they are no
   * longer publicly available. </ul>
   *
   * <p>If you enable block public access for snapshots in <code>block-all-sharing</code> mode, it
   * does not change the permissions for snapshots that are already publicly shared. Instead, it
   * prevents these snapshots from be publicly visible and publicly accessible. Therefore, the
   * attributes for these snapshots still indicate that they are publicly shared, even though they
   * are not publicly available.
   *
   * <ul> <li><code>block-new-sharing</code> - Prevents only new public sharing of snapshots in the
   * Region. Users in the account will no longer be able to request new public sharing. However,
   * snapshots that are already publicly shared, remain publicly available. </ul>
   *
   * <p>Required. Allowed values: {@code block-all-sharing}, {@code block-new-sharing}.
   * CloudFormation property {@code State}.
   */
  public SnapshotBlockPublicAccess state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public SnapshotBlockPublicAccess state(Value<String> value) {
    return set("State", value);
  }

  /**
   * <code>Ref</code> returns the ID of the AWS account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }
}
