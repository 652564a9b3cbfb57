// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::ConnectCampaignsV2}: {@link Campaign}. */
package io.tropo4j.resources.connectcampaignsv2;
