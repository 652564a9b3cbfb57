// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code Alexa::ASK}: {@link Skill}. */
package io.tropo4j.resources.ask;
