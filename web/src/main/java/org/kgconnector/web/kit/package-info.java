/** The Kit sub-paths {@code …/produceAPI/v2/{sync}} (V2) and {@code …/produceAPI/{sync}} (V1), under {@code /saas} and {@code /license}. */
package org.kgconnector.web.kit;
