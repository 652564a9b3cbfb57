package io.tropo4j.check;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The named formats of the resource provider schemas that a literal can be held to, each with what it
 * is called and the pattern it must match from its start, as cfn-lint checks them (its format rules,
 * E1150 to E1164). A format not listed here (date-time, json, a plural such as a list of IDs) is not
 * checked.
 */
final class Formats {
  private static final String ARN = "^arn:aws[a-zA-Z-]*:";

  /** A format's name for a person, and its pattern. */
  record Format(String noun, Pattern pattern) {}

  private static final Map<String, Format> FORMATS = Map.ofEntries(
      Map.entry("AWS::EC2::SecurityGroup.Id", format("a security group ID", "^sg-([a-fA-F0-9]{8}|[a-fA-F0-9]{17})$")),
      Map.entry("AWS::EC2::VPC.Id", format("a VPC ID", "^vpc-(([0-9A-Fa-f]{8})|([0-9A-Fa-f]{17}))$")),
      Map.entry("AWS::EC2::Subnet.Id", format("a subnet ID", "^subnet-(([0-9A-Fa-f]{8})|([0-9A-Fa-f]{17}))$")),
      Map.entry("AWS::EC2::Image.Id", format("an AMI ID", "^ami-([0-9a-z]{8}|[0-9a-z]{17})$")),
      Map.entry("AWS::EC2::SecurityGroup.Name",
          format("a security group name", "^[a-zA-Z0-9 \\._\\-:\\/()#\\,@\\[\\]+=&;\\{\\}!\\$\\*]+$")),
      Map.entry("AWS::Logs::LogGroup.Name", format("a log group name", "^[\\.\\-_\\/#A-Za-z0-9]{1,512}\\z")),
      Map.entry("AWS::S3::Bucket.Name", format("an S3 bucket name",
          "^(?![.\\-])(?!.*\\.\\.)(?!.*\\-\\.)(?!.*\\.\\-)[a-z0-9.\\-]{3,63}(?<![.\\-])$")),
      Map.entry("AWS::IAM::Role.Arn", format("an IAM role's ARN", ARN + "iam::\\d{12}:role/.+$")),
      Map.entry("AWS::KMS::Key.Arn", format("a KMS key's ARN", ARN + "kms:[a-z0-9-]+:\\d{12}:(key|alias)/.+$")),
      Map.entry("AWS::KMS::Key.Id", format("a KMS key ID", "^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
          + "[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[a-zA-Z0-9/_-]+)$")),
      Map.entry("AWS::KMS::Alias.AliasName", format("a KMS alias name", "^alias/[a-zA-Z0-9:/_-]+$")),
      Map.entry("AWS::SNS::Topic.Arn", format("an SNS topic's ARN", ARN + "sns:[a-z0-9-]+:\\d{12}:.+$")),
      Map.entry("AWS::Lambda::Function.Arn",
          format("a Lambda function's ARN", ARN + "lambda:[a-z0-9-]+:\\d{12}:function:.+(:.+)?$")),
      Map.entry("AWS::ACM::Certificate.Arn",
          format("an ACM certificate's ARN", ARN + "acm:[a-z0-9-]+:\\d{12}:certificate/.+$")));

  private Formats() {}

  /** The format of that name, or null when it is not checked. */
  static Format get(String name) {
    return name == null ? null : FORMATS.get(name);
  }

  private static Format format(String noun, String regex) {
    return new Format(noun, Pattern.compile(regex));
  }
}
