// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EC2 Instance Connect (prefix {@code ec2-instance-connect}), as the service authorization reference lists them.
 */
public final class Ec2InstanceConnect {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ec2-instance-connect";

  /** {@code ec2-instance-connect:OpenTunnel}: Write; on instance-connect-endpoint. */
  public static final Action OPEN_TUNNEL = Action.of(PREFIX, "OpenTunnel");

  /** {@code ec2-instance-connect:SendSSHPublicKey}: Write; on instance. */
  public static final Action SEND_SSH_PUBLIC_KEY = Action.of(PREFIX, "SendSSHPublicKey");

  /** {@code ec2-instance-connect:SendSerialConsoleSSHPublicKey}: Write; on instance. */
  public static final Action SEND_SERIAL_CONSOLE_SSH_PUBLIC_KEY = Action.of(PREFIX, "SendSerialConsoleSSHPublicKey");

  private Ec2InstanceConnect() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
