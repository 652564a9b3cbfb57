package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names as Java spells them: a class per service prefix, a constant per action. */
class IamActionsEmitterTest {
  @Test
  void servicePrefixesAreClassNames() {
    assertEquals("S3", IamActionsEmitter.className("s3"));
    assertEquals("ExecuteApi", IamActionsEmitter.className("execute-api"));
    assertEquals("Secretsmanager", IamActionsEmitter.className("secretsmanager"));
  }

  @Test
  void actionsAreConstants() {
    assertEquals("GET_OBJECT", IamActionsEmitter.constant("GetObject"));
    assertEquals("CREATE_DB_INSTANCE", IamActionsEmitter.constant("CreateDBInstance"));
    assertEquals("LIST_ALL_MY_BUCKETS", IamActionsEmitter.constant("ListAllMyBuckets"));
    assertEquals("ASSOCIATE_VIA_AWS_SERVICE_EVENTS_AND_STATES",
        IamActionsEmitter.constant("AssociateViaAWSService-EventsAndStates"));
  }
}
