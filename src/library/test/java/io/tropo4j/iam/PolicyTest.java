package io.tropo4j.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.emit.JsonWriter;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.iam.actions.S3;
import io.tropo4j.iam.actions.Sts;
import io.tropo4j.testing.Compiler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed policy documents: written as IAM reads them, and a misspelt action does not compile. */
class PolicyTest {
  @Test
  void aStatementIsWrittenAsPeopleWriteThem() {
    Json policy = Policy.document(
        Statement.allow(S3.GET_OBJECT).on(Fn.sub("${Bucket.Arn}/*")),
        Statement.deny(S3.actions("*")).sid("TlsOnly").principal(Principal.anyone()).on("arn:aws:s3:::b", "arn:aws:s3:::b/*")
            .when(When.bool("aws:SecureTransport", false)),
        Statement.allow(Sts.ASSUME_ROLE).principal(Principal.service("ecs-tasks.amazonaws.com"))
            .when(When.stringEquals("aws:SourceAccount", Pseudo.ACCOUNT_ID), When.stringEquals("a:b", "c"),
                When.arnLike("aws:SourceArn", Fn.sub("arn:${AWS::Partition}:ecs:*"))));
    assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":{\"Fn::Sub\":\"${Bucket.Arn}/*\"}},"
        + "{\"Sid\":\"TlsOnly\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
        + "\"Resource\":[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"],"
        + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}},"
        + "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\","
        + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":{\"Ref\":\"AWS::AccountId\"},\"a:b\":\"c\"},"
        + "\"ArnLike\":{\"aws:SourceArn\":{\"Fn::Sub\":\"arn:${AWS::Partition}:ecs:*\"}}}}]}",
        JsonWriter.write(policy::writeTo).replaceAll("\\s+", ""));
  }

  @Test
  void aWildcardSaysSoAndAPatternOfOtherCharactersIsRefused() {
    assertTrue(S3.actions("Get*").isWildcard());
    assertEquals("s3:Get*", S3.actions("Get*").toString());
    assertFalse(S3.GET_OBJECT.isWildcard());
    assertThrows(IllegalArgumentException.class, () -> S3.actions("Get Object"));
    assertThrows(IllegalArgumentException.class, Policy::document);
  }

  @Test
  void aMisspeltActionDoesNotCompile() {
    String header = "import io.tropo4j.iam.*;\nimport io.tropo4j.iam.actions.S3;\nclass Snippet {\n  Object p = ";
    assertEquals(List.of(), Compiler.compile(Map.of("Snippet.java",
        header + "Policy.document(Statement.allow(S3.GET_OBJECT).on(\"*\"));\n}\n")).errors());
    List<String> errors = Compiler.compile(Map.of("Snippet.java",
        header + "Policy.document(Statement.allow(S3.GET_OBJECTS).on(\"*\"));\n}\n")).errors();
    assertFalse(errors.isEmpty());
    assertTrue(errors.get(0).contains("GET_OBJECTS"), errors.toString());
  }
}
