package io.tropo4j.fn;

import java.util.List;
import java.util.Set;

/** The pseudo parameters CloudFormation defines in every stack. AWS::NoValue is {@link Fn#noValue()}. */
public final class Pseudo {
  public static final Value<String> ACCOUNT_ID = new Ref<>("AWS::AccountId");
  public static final Value<List<String>> NOTIFICATION_ARNS = new Ref<>("AWS::NotificationARNs");
  public static final Value<String> PARTITION = new Ref<>("AWS::Partition");
  public static final Value<String> REGION = new Ref<>("AWS::Region");
  public static final Value<String> STACK_ID = new Ref<>("AWS::StackId");
  public static final Value<String> STACK_NAME = new Ref<>("AWS::StackName");
  public static final Value<String> URL_SUFFIX = new Ref<>("AWS::URLSuffix");

  /** Every name a Ref or ${Name} may use without declaring it. */
  public static final Set<String> NAMES =
      Set.of(
          "AWS::AccountId",
          "AWS::NotificationARNs",
          "AWS::NoValue",
          "AWS::Partition",
          "AWS::Region",
          "AWS::StackId",
          "AWS::StackName",
          "AWS::URLSuffix");

  private Pseudo() {}
}
