/**
 * The clinic's clients: who they are and how to reach them, their sensory and pressure preferences, the consents
 * they accepted, whether their e-mail address is confirmed, and what they share with their therapists. The facade
 * {@link org.stillpoint.clients.Clients} decides, record by record, who may see a client (DESIGN §1): the client
 * themself, the owner, the front desk for contact data, and therapists who care for the client, as answered by
 * the {@link org.stillpoint.clients.CareRelationships} that the scheduling module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients")
package org.stillpoint.clients;
